import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormLabels, PAGE_ORIGIN } from '../../../../scripts/eval/pages.js';
import { pathOf } from '../../../../scripts/eval/site-score.js';
import { contactFormExtractor } from '../../../../src/core/extract/form/contact-form.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// A labelled set of small pages under test/fixtures/forms: contact forms of several shapes and
// languages ("contact-*.html") and forms that are not contact forms ("not-*.html": search, sign-in,
// newsletter, checkout, blog comment, review, password reset...). labels.json names, per page, the
// path of each contact form on it: its action, or the page's own path when it posts to itself.
// `npm run eval` computes form precision and recall on the same pages.
const DIR = 'test/fixtures/forms';
const labels = FormLabels.parse(JSON.parse(readFileSync(`${DIR}/labels.json`, 'utf8')));

/** Negatives the extractor gets wrong today (reported to the extractor's owner). */
// Pages the extractor still gets wrong, each with the bug it shows (the test then expects failure).
const KNOWN_BUGS: Record<string, string> = {};

/** The label each finding satisfies (by action path or the page's own path), else its own path. */
function foundPaths(file: string): string[] {
  const url = `${PAGE_ORIGIN}/${file}`;
  const want = labels[file] ?? [];
  const found = contactFormExtractor.extract(parsePage(url, readFileSync(`${DIR}/${file}`, 'utf8')));
  return found.map((f) => want.find((p) => p === pathOf(f.value) || p === pathOf(url)) ?? pathOf(f.value)).sort();
}

describe('contact form fixtures', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('labels every page, and the file name agrees with the label', () => {
    expect(Object.keys(labels).sort()).toEqual(files);
    for (const [file, paths] of Object.entries(labels)) {
      expect(file).toMatch(/^(contact|not)-/);
      expect(paths.length > 0, file).toBe(file.startsWith('contact-'));
    }
    expect(files.filter((f) => f.startsWith('contact-')).length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => f.startsWith('not-')).length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    const bug = KNOWN_BUGS[file];
    const test = bug ? it.fails : it;
    test(bug ? `${file} (known bug: ${bug})` : file, () => {
      expect(foundPaths(file)).toEqual([...(labels[file] ?? [])].sort());
    });
  }
});
