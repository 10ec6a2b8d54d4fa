import { describe, expect, it } from 'vitest';
import { dialVanity, mayHaveVanity } from '../../../../src/core/extract/phone/vanity.js';

describe('dialVanity', () => {
  it('dials letters after a toll-free prefix, keeping the length', () => {
    const d = dialVanity('Call 1-800-FLOWERS now');
    expect(d.text).toBe('Call 1-800-3569377 now');
    expect(d.starts).toEqual([5]);
  });
  it('dials hyphenated and mixed vanity words', () => {
    expect(dialVanity('1-888-GO-WIDGE').text).toBe('1-888-46-94343');
    expect(dialVanity('1-800-7ACMEUS').text).toBe('1-800-7226387');
    expect(dialVanity('1-800-Flowers').text).toBe('1-800-3569377');
  });
  it('blanks letters past the seventh digit', () => {
    expect(dialVanity('1-800-MATTRESS').text).toBe('1-800-6288737 ');
  });
  it('dials a local number whose last four are capitals', () => {
    expect(dialVanity('Call 720.555.LAWS').text).toBe('Call 720.555.5297');
  });
  it('leaves words alone: addresses, prose, extensions', () => {
    expect(dialVanity('800 BROADWAY, Suite 2').text).toBe('800 BROADWAY, Suite 2');
    expect(dialVanity('We shipped 800 Widgets').text).toBe('We shipped 800 Widgets');
    expect(dialVanity('1-800-555-0100 EXT 42').text).toBe('1-800-555-0100 EXT 42');
    expect(dialVanity('Call 720.555.Laws').text).toBe('Call 720.555.Laws');
  });
  it('has a cheap pre-test that lets plain text through untouched', () => {
    expect(mayHaveVanity('Hello world, no numbers here')).toBe(false);
    expect(mayHaveVanity('1-800-FLOWERS')).toBe(true);
  });
});
