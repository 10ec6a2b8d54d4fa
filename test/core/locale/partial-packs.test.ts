import { describe, expect, it } from 'vitest';
import { FORM_PACKS } from '../../../src/core/locale/form-packs.js';
import { LANGUAGE_PACKS } from '../../../src/core/locale/packs.js';
import { PARTIAL_PACKS } from '../../../src/core/locale/partial-packs.js';

describe('partial packs', () => {
  it('are the languages with no full pack yet, read by the form reader after the full packs', () => {
    expect(PARTIAL_PACKS.map((p) => p.id)).toEqual(['da', 'no', 'fi', 'cs', 'hu', 'tr']);
    expect(FORM_PACKS).toEqual([...LANGUAGE_PACKS, ...PARTIAL_PACKS]);
    for (const { id } of PARTIAL_PACKS) expect(LANGUAGE_PACKS.map((p) => p.id)).not.toContain(id);
  });

  // The full packs' rules (packs.test.ts): form words are regex sources over folded text, cart paths
  // ASCII as the shops' URLs write them, launcher labels written as read.
  it.each(PARTIAL_PACKS.map((p) => [p.id, p] as const))('%s fills every field', (_, pack) => {
    for (const [field, source] of Object.entries(pack.forms)) {
      expect(source.length, field).toBeGreaterThan(0);
      expect(() => new RegExp(source, 'u'), field).not.toThrow();
      expect(new RegExp(source, 'u').test(''), `${field} matches the empty string`).toBe(false);
      expect(source, `${field} is lower case`).toBe(source.toLowerCase());
    }
    expect(pack.forms.cartPaths, 'cart paths').toMatch(/^[a-z|-]+$/);
    expect(pack.chatLauncher.length).toBeGreaterThan(0);
    for (const w of pack.chatLauncher) expect(w, w).toBe(w.trim().toLowerCase());
  });
});
