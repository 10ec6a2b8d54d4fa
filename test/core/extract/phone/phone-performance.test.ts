import { describe, expect, it } from 'vitest';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { worthReading } from '../../../../src/core/extract/phone/text.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Bounded work per page: a generated catalogue page full of digits must not stall the crawl.
describe('phone extraction cost', () => {
  it('skips blocks with too few digits and no vanity letters', () => {
    expect(worthReading('Opening hours 9 to 5')).toBe(false);
    expect(worthReading('Call 555 0199')).toBe(true);
    expect(worthReading('Call 1-800-FLOWERS')).toBe(true);
  });

  it('reads a hostile page of long digit lines quickly and finds only the real phone', () => {
    const row = 'SKU 4012345678901 · $1,299.00 · 2024-05-12 · v10.2.3.4 · 356938035643809 · ';
    const long = row.repeat(250); // one ~20 000-character line
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>Item ${i}</td><td>${row}</td></tr>`).join('');
    const html = `<html><body><p>${long}</p><table>${rows}</table><p>Phone: (212) 555-0123</p><p>${'1'.repeat(20000)}</p></body></html>`;
    const started = Date.now();
    const found = phoneExtractor.extract(parsePage('https://shop.example/', html, { country: 'US' }));
    const elapsed = Date.now() - started;
    expect(found.map((f) => f.value)).toEqual(['+12125550123']);
    // Generous: the machine is shared; a catastrophic regex would take minutes, not seconds.
    expect(elapsed).toBeLessThan(8000);
  });
});
