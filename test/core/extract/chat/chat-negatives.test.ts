import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Pages under test/fixtures/chat-negatives name chat vendors without carrying a widget: a blog post
// with the snippet shown as code, an integrations page, links to vendor sites, HubSpot's tracking
// code alone, "Chat" in the nav, a Google Tag Manager container, a Zendesk help-centre link, a
// cookie table, JSON-LD, a leftover preconnect hint, generic element ids, messaging links...
// The chat extractor must report nothing on any of them. `npm run eval` counts the same pages.
const DIR = 'test/fixtures/chat-negatives';

const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('chat negatives', () => {
  it('has a dozen pages or more', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(pages)('%s has no chat widget', (file) => {
    const html = readFileSync(`${DIR}/${file}`, 'utf8');
    const found = chatExtractor.extract(parsePage('https://acme-outdoor.test/', html));
    expect(found.map((f) => `${f.value} [${f.flags.join(', ')}] ${f.context ?? ''}`)).toEqual([]);
  });
});
