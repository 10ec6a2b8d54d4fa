import { describe, expect, it } from 'vitest';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { splitLists } from '../../../../src/core/extract/phone/lists.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const phones = (text: string, country: string) => phoneExtractor.extract(parsePage('https://acme.example/', `<p>${text}</p>`, { country })).map((f) => f.value);

describe('splitLists', () => {
  it('splits a comma or slash with a whole number on each side, keeping the length', () => {
    expect(splitLists('212-555-0123, 212-555-0199')).toBe('212-555-0123| 212-555-0199');
    expect(splitLists('212-307-7050/800-451-9930')).toBe('212-307-7050|800-451-9930');
    expect(splitLists('0301234567;0307654321')).toBe('0301234567|0307654321');
  });
  it('leaves area codes, auto-dial extensions, dates and amounts alone', () => {
    for (const t of ['030/1234567', '555-0123,22', '12/05/2024', '$1,299,000', 'Berlin, 030 1234567']) expect(splitLists(t)).toBe(t);
  });
});

describe('lists of numbers', () => {
  it('reads every number of a list', () => {
    expect(phones('Tel 212-555-0123, 212-555-0199', 'US')).toEqual(['+12125550123', '+12125550199']);
    expect(phones('Call 212-307-7050/800-451-9930 today', 'US')).toEqual(['+12123077050', '+18004519930']);
    expect(phones('Tel 0301234567,0307654321', 'DE')).toEqual(['+49301234567', '+49307654321']);
  });
  it('still reads a German number written with a slash after the area code', () => {
    expect(phones('Telefon 030/1234567', 'DE')).toEqual(['+49301234567']);
  });
});
