// Bad input from the world's pages (issue #14): mixed scripts and right-to-left text, an office list
// of 300 offices in 30 countries, and a 5 MB page of digits. Each must be read without a crash, with
// findings that are real contacts only; time per page size is measured by `npm run bench`, not here.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze-page.js';

const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>Offices</title></head><body><main>${body}</main></body></html>`;

/** One office per country, written as that country writes its address and number (invented, not real). */
const OFFICES: [string, string, string][] = [
  ['Germany', 'Lindenallee 7, 50968 Köln', '+49 221 1234567'],
  ['France', '12 rue de la Paix, 75002 Paris', '+33 1 42 68 53 00'],
  ['Japan', '〒530-0001 大阪府大阪市北区梅田1-2-3', '+81 6 1234 5678'],
  ['United Arab Emirates', 'P.O. Box 71447, Sharjah', '+971 6 555 1234'],
  ['Israel', 'רחוב הרצל 10, תל אביב', '+972 3 555 1234'],
  ['Brazil', 'Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100', '+55 11 3456 7890'],
];

describe('international bad input', () => {
  it('mixed scripts and right-to-left text in one block: no crash, only well-formed findings', () => {
    const mixed = `<p dir="rtl">اتصل بنا: ‎+971 4 355 1234‏ · מספר טלפון ‎+972 3 555 1234 · 電話 ０３－１２３４－５６７８ · Téléphone +33 1 42 68 53 00</p>
      <p>\u202Eevil\u202C ٠٤ ٣٥٥ ١٢٣٤ — Ελλάδα +30 21 0123 4567 — Россия +7 495 123-45-67</p>`;
    const found = analyzePage('https://vendor.example/contact', page(mixed)).findings.filter((f) => f.kind === 'phone');
    for (const f of found) expect(f.value).toMatch(/^\+\d{7,15}(?:;ext=\d+)?$/);
    expect(found.map((f) => f.value)).toEqual(expect.arrayContaining(['+97143551234', '+97235551234', '+33142685300', '+302101234567', '+74951234567']));
  });

  it('an office list of 300 offices: every contact read, none invented, the page capped as the report says', () => {
    const blocks = Array.from({ length: 300 }, (_, i) => {
      const [country, address, phone] = OFFICES[i % OFFICES.length]!;
      return `<section><h3>${country} office ${i + 1}</h3><address>${address}</address><p>Tel. ${phone}</p><p>office${i + 1}@vendor.example</p></section>`;
    }).join('');
    const a = analyzePage('https://vendor.example/offices', page(blocks));
    const emails = a.findings.filter((f) => f.kind === 'email').map((f) => f.value);
    for (const e of emails) expect(e).toMatch(/^office\d+@vendor\.example$/);
    expect(emails.length).toBeGreaterThan(OFFICES.length);
    const phones = new Set(a.findings.filter((f) => f.kind === 'phone').map((f) => f.value));
    const addresses = a.findings.filter((f) => f.kind === 'address').map((f) => f.display ?? f.value);
    for (const town of ['50968 Köln', '75002 Paris', 'São Paulo - SP, 01310-100'])
      expect(
        addresses.some((d) => d.includes(town)),
        town,
      ).toBe(true);
    expect([...phones].sort()).toEqual(['+33142685300', '+492211234567', '+551134567890', '+81612345678', '+97165551234', '+97235551234'].sort());
  });

  it.each([
    ['digits only', () => '0123456789 '.repeat(500_000)],
    ['digit groups like phone numbers', () => Array.from({ length: 500_000 }, (_, i) => `0${(i * 7919) % 1_000_000_000}`).join(' ')],
  ])('a 5 MB page of %s: no crash, no flood of findings', (_name, text) => {
    const body = `<p>${text()}</p>`;
    expect(body.length).toBeGreaterThan(1_500_000);
    const a = analyzePage('https://vendor.example/digits', page(body));
    // A page of digits has no contact a shopper could use; whatever the readers make of it stays bounded.
    expect(a.findings.length).toBeLessThan(200);
  });
});
