import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { CHAT_VENDORS } from '../../../../src/core/extract/chat/vendors.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// One page per vendor under test/fixtures/chat, written from the vendor's documented embed snippet
// with placeholder account ids. Each must yield exactly that vendor, with the evidence listed here.
const DIR = 'test/fixtures/chat';
const EXPECTED: Record<string, string[]> = {
  intercom: ['inline-snippet'],
  drift: ['inline-snippet'],
  zendesk: ['script'],
  livechat: ['script', 'inline-snippet'],
  tawk: ['inline-snippet'],
  crisp: ['inline-snippet'],
  hubspot: ['script', 'iframe', 'rendered'],
  tidio: ['script'],
  freshchat: ['script', 'inline-snippet'],
  olark: ['inline-snippet'],
  liveperson: ['inline-snippet'],
  salesforce: ['script', 'inline-snippet'],
  'zoho-salesiq': ['script', 'inline-snippet'],
  gorgias: ['script'],
  helpscout: ['inline-snippet'],
  smartsupp: ['inline-snippet'],
  jivochat: ['script'],
  kustomer: ['script', 'inline-snippet'],
  gladly: ['inline-snippet'],
  front: ['script', 'inline-snippet'],
  chatwoot: ['inline-snippet'],
  userlike: ['script'],
  reamaze: ['script', 'inline-snippet'],
  comm100: ['inline-snippet', 'rendered'],
  purechat: ['inline-snippet'],
  chatra: ['inline-snippet'],
  qualified: ['script', 'inline-snippet'],
  genesys: ['inline-snippet'],
  dynamics365: ['script'],
  podium: ['script'],
  trengo: ['inline-snippet'],
  ada: ['script', 'bot'],
  landbot: ['script', 'inline-snippet', 'bot'],
  pylon: ['inline-snippet'],
  'kapa-ai': ['script', 'bot'],
  chatway: ['script'],
  dify: ['script', 'inline-snippet', 'bot'],
  '3cx-live-chat': ['script', 'rendered'],
};
const SALES_PRODUCTS = new Set(['drift', 'qualified']);

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

describe('chat vendor fixtures', () => {
  it('are all vendors of the table, each with its expected evidence', () => {
    const ids = new Set(CHAT_VENDORS.map((v) => v.id));
    expect(fixtures.filter((f) => !ids.has(f))).toEqual([]);
    expect(fixtures.length).toBeGreaterThanOrEqual(33);
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtures);
  });

  it.each(fixtures)('%s', (vendor) => {
    const html = readFileSync(`${DIR}/${vendor}.html`, 'utf8');
    const found = chatExtractor.extract(parsePage(`https://acme-outdoor.test/`, html));
    expect(found.map((f) => f.value)).toEqual([vendor]);
    const [f] = found;
    expect(f?.kind).toBe('chat');
    expect([...(f?.flags ?? [])].sort()).toEqual([...(EXPECTED[vendor] ?? [])].sort());
    expect(f?.role).toBe(SALES_PRODUCTS.has(vendor) ? 'sales' : 'support');
    expect(f?.display).toBe(CHAT_VENDORS.find((v) => v.id === vendor)?.name);
    expect(f?.context).toBeTruthy();
  });
});
