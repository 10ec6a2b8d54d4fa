import { describe, expect, it } from 'vitest';
import { addressKey, formatValue } from '../../../../src/core/extract/address/parts.js';

describe('formatValue', () => {
  it('writes street lines, then town, region and postcode, then country', () => {
    expect(formatValue({ street: ['12 Oak Blvd', 'Suite 9'], locality: 'Lakeport', region: 'OR', postcode: '97402', country: 'USA' })).toBe(
      '12 Oak Blvd, Suite 9, Lakeport OR 97402, USA',
    );
  });
  it('keeps the postcode first where the country writes it so', () => {
    expect(formatValue({ street: ['Lindenstraße 45'], locality: 'Berlin', postcode: '10999', postcodeFirst: true })).toBe('Lindenstraße 45, 10999 Berlin');
  });
  it('collapses whitespace and drops stray separators', () => {
    expect(formatValue({ street: ['  12   Oak Blvd ,', '| Suite 9'], locality: ' Lakeport, ' })).toBe('12 Oak Blvd, Suite 9, Lakeport');
  });
});

describe('addressKey', () => {
  it('is the same for two spellings of one address', () => {
    const a = addressKey({ street: ['55 Keel Street'], locality: 'Portwell', region: 'ME', postcode: '04999' });
    const b = addressKey({ street: ['55 Keel St.'], locality: 'Portwell', region: 'Maine', postcode: '04999', country: 'USA' });
    expect(a).toBe(b);
  });
  it('differs for another suite in the same building', () => {
    const a = addressKey({ street: ['12 Oak Blvd', 'Suite 9'], postcode: '97402' });
    const b = addressKey({ street: ['12 Oak Blvd', 'Suite 10'], postcode: '97402' });
    expect(a).not.toBe(b);
  });
});
