import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressExtractor } from '../../../../src/core/extract/address/address.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Address-shaped tag soup: the words, numbers, separators and tags the patterns react to.
const token = fc.constantFrom(
  '12',
  '4417',
  '62704',
  '10115',
  'SW1A 1AA',
  'K1A 0B1',
  '400 001',
  'NSW 2000',
  'IL',
  'Main',
  'Street',
  'St.',
  'rue',
  'Suite 5',
  'PO Box 9',
  'Springfield',
  'Berlin',
  'Paris',
  'Dubai',
  'United Arab Emirates',
  'USA',
  ',',
  ' ',
  '<br>',
  '<p>',
  '</p>',
  '<td>',
  '<address>',
  '</address>',
  '<div hidden>',
  '</div>',
  '©',
  '$9.99',
  'Step 1',
  '\n',
  '-',
  '|',
);
const soup = fc.array(token, { maxLength: 80 }).map((t) => t.join(' '));

describe('addressExtractor on arbitrary address-shaped HTML', () => {
  it('never throws, and every finding is a bounded address with a street', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const found = addressExtractor.extract(parsePage('https://example.com/', `<html><body>${html}</body></html>`));
        for (const f of found) {
          expect(f.kind).toBe('address');
          expect(f.value.length).toBeGreaterThan(0);
          expect(f.value.length).toBeLessThanOrEqual(300);
          expect((f.display ?? '').length).toBeLessThanOrEqual(300);
          expect(['sales', 'support', 'general']).toContain(f.role);
        }
      }),
      { numRuns: 300 },
    );
  });
});
