import { describe, expect, it } from 'vitest';
import { readAddress } from '../../../../src/core/extract/address/text-scan.js';
import { scan, values } from './scan.js';

describe('scanBlocks: addresses across blocks', () => {
  it('joins table cells: street, town and state+ZIP in neighbouring cells', () => {
    expect(values('<table><tr><td>88 Quarry Lane</td><td>Maple Falls</td><td>VT 05999</td></tr></table>')).toEqual(['88 Quarry Lane, Maple Falls VT 05999']);
  });
  it('joins one <p> per line', () => {
    expect(values('<div><p>12 Mercer Row</p><p>Pelham</p><p>PE9 7XA</p></div>')).toEqual(['12 Mercer Row, Pelham PE9 7XA']);
  });
  it('looks no further than three blocks after the street', () => {
    const html = '<p>12 Mercer Row</p><p>one</p><p>two</p><p>three</p><p>Pelham PE9 7XA</p>';
    expect(values(html)).toEqual([]);
  });
  it('does not join a long neighbouring block (prose) to a street', () => {
    const prose = 'We have served the county for many years and we are proud of every job we have done. '.repeat(3);
    expect(values(`<p>12 Mercer Row</p><p>${prose} Pelham PE9 7XA</p>`)).toEqual([]);
  });
  it('reports an address once, not again from the window that starts at its second line', () => {
    expect(values('<table><tr><td>Falcon House, Dock Estate</td></tr><tr><td>P.O. Box 612,</td></tr><tr><td>Kelby KY4 2NW</td></tr></table>')).toEqual([
      'Falcon House, Dock Estate, P.O. Box 612, Kelby KY4 2NW',
    ]);
  });
  it('finds two addresses in one block, each with its own street', () => {
    const html = '<p>North: 10 Alder Way, Fenwick, KS 66001<br>South: 77 Birch Court, Dunmore, TX 75001</p>';
    expect(values(html)).toEqual(['10 Alder Way, Fenwick KS 66001', '77 Birch Court, Dunmore TX 75001']);
  });
  it('keeps the display as written, lines joined with ", "', () => {
    expect(scan('<p>4417 Juniper Hollow Rd.<br>Lakeport OR 97402</p>')[0]?.display).toBe('4417 Juniper Hollow Rd., Lakeport OR 97402');
  });
  it('splits on the separators footers use instead of <br> (| • ♦)', () => {
    expect(values('<p>Acme ♦ 2002 Cedar Drive ♦ Lakeport OR 97402 ♦ Phone: 555-0100</p>')).toEqual(['2002 Cedar Drive, Lakeport OR 97402']);
    expect(values('<p>9 Hill Rd | Suite 4 | Lakeport OR 97402</p>')).toEqual(['9 Hill Rd, Suite 4, Lakeport OR 97402']);
  });
});

describe('scanBlocks: not every number and word is a street', () => {
  it.each([
    ['opening hours', '<p>Open Mon-Fri 9-5, Springfield, IL 62704</p>'],
    ['a step', '<p>Step 1 Choose a plan<br>Springfield IL 62704</p>'],
    ['a price and a product', '<p>Widget Pro 3000 for $49.99 — ships from Springfield, IL 62704</p>'],
    ['a copyright line', '<p>© 2024 Acme Corp, Springfield, IL 62704</p>'],
    ['a date', '<p>Posted 12 March 2024</p>'],
    ['product codes with prices', '<p>SPKN 1203 EDR Carbide Insert for Milling £4.50 £3.00, SPMT 120408</p>'],
    ['a company registration line', '<p>Registered in Scotland Company No 157747</p>'],
    ['a phone number', '<p>Call 0800 123 456 today</p>'],
    ['a product version above a town', '<p>Version 2 Release<br>Austin, TX 78701</p>'],
    ['a marketing count above a town', '<p>Join 5000 Happy Customers<br>Denver, CO 80202</p>'],
    ['a list item above a postcode', '<ul><li>Size 12 Boots</li><li>Portland OR 97201</li></ul>'],
    ['a model name before a German postcode', '<p>Model 3 Performance 12345 Berlin</p>'],
  ])('%s', (_, html) => {
    expect(values(html)).toEqual([]);
  });
});

describe('readAddress', () => {
  it('reads the first address in a string', () => {
    expect(readAddress('55 Keel Street, Portwell, ME 04999')).toMatchObject({ street: ['55 Keel Street'], locality: 'Portwell', postcode: '04999' });
  });
  it('returns nothing for a string without an address', () => {
    expect(readAddress('Keel Wharf, Portwell')).toBeUndefined();
  });
});
