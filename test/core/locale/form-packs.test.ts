import { describe, expect, it } from 'vitest';
import { FORM_PACKS } from '../../../src/core/locale/form-packs.js';
import { LANGUAGE_PACKS } from '../../../src/core/locale/packs.js';

describe('form packs', () => {
  it('hold every full pack, then the languages with form words only', () => {
    expect(FORM_PACKS.slice(0, LANGUAGE_PACKS.length)).toEqual(LANGUAGE_PACKS);
    expect(FORM_PACKS.slice(LANGUAGE_PACKS.length).map((p) => p.id)).toEqual(['da', 'no', 'fi', 'cs', 'hu', 'tr']);
  });

  // The full packs' rules (packs.test.ts) for the form-only ones: a regex source over folded text; their cart paths in ASCII, as their shops' URLs write them.
  it.each(FORM_PACKS.slice(LANGUAGE_PACKS.length).map((p) => [p.id, p] as const))('%s fills every field with a lower-case pattern', (_, pack) => {
    for (const [field, source] of Object.entries(pack.forms)) {
      expect(source.length, field).toBeGreaterThan(0);
      expect(() => new RegExp(source, 'u'), field).not.toThrow();
      expect(new RegExp(source, 'u').test(''), `${field} matches the empty string`).toBe(false);
      expect(source, `${field} is lower case`).toBe(source.toLowerCase());
    }
    expect(pack.forms.cartPaths, 'cart paths').toMatch(/^[a-z|-]+$/);
  });
});
