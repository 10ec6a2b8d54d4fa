// Invisible characters inside a contact: a visitor reads "kundenservice@vendor.example" whatever
// soft hyphens or zero-width characters the CMS (or an anti-scraping trick) put inside it. The
// engine must report that address, or nothing; never a different, truncated one ("service@...").
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze-page.js';

const INVISIBLES: [string, string][] = [
  ['a soft hyphen (U+00AD, &shy;, inserted by hyphenation plugins)', '&shy;'],
  ['a zero-width non-joiner (U+200C)', '\u200C'],
  ['a zero-width joiner (U+200D)', '\u200D'],
  ['a word joiner (U+2060)', '\u2060'],
  ['a zero-width no-break space (U+FEFF)', '\uFEFF'],
];

function emails(html: string): string[] {
  const a = analyzePage(
    'https://vendor.example/kontakt',
    `<!doctype html><html lang="de"><head><title>Kontakt</title></head><body><main>${html}</main></body></html>`,
  );
  return a.findings.filter((f) => f.kind === 'email').map((f) => f.value);
}

describe('invisible characters inside an email address', () => {
  it.each(INVISIBLES)('with %s: the whole address, never a truncated one', (_what, ch) => {
    const found = emails(`<p>Schreiben Sie an kunden${ch}service@vendor.example</p>`);
    expect(found.filter((e) => e !== 'kundenservice@vendor.example')).toEqual([]);
    expect(found).toEqual(['kundenservice@vendor.example']);
  });

  it('with one in the domain: the whole address, never a truncated one', () => {
    const found = emails('<p>Schreiben Sie an kundenservice@vendor&shy;domain.example</p>');
    expect(found.filter((e) => e !== 'kundenservice@vendordomain.example')).toEqual([]);
  });

  // text-blocks.ts drops zero-width characters rather than spacing them ("kunden service@...").
  it('with a zero-width space (U+200B): the whole address', () => {
    const found = emails('<p>Schreiben Sie an kunden\u200Bservice@vendor.example</p>');
    expect(found.filter((e) => e !== 'kundenservice@vendor.example')).toEqual([]);
  });

  it('a right-to-left override (display reversed) yields no address rather than a wrong one', () => {
    expect(emails('<p>Mail \u202Eelpmaxe.rodnev@troppus\u202C</p>')).toEqual([]);
  });
});
