import { describe, expect, it } from 'vitest';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { notPhone } from '../../../../src/core/extract/phone/guards.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Precision: digit runs a numbering plan might accept that are not phones. Each line is invented,
// shaped after what product, shop and imprint pages print. None of them may produce a finding.
function phones(text: string, country: string): string[] {
  const page = parsePage('https://shop.example/item', `<html><body><p>${text}</p></body></html>`, { country });
  return phoneExtractor.extract(page).map((f) => `${f.kind} ${f.value}`);
}

const NOT_PHONES: [string, string, string][] = [
  // [what, text, country]
  ['EAN / GTIN-13', 'EAN 4012345678901', 'DE'],
  ['bare 13-digit barcode', 'Barcode: 4012345678901', 'DE'],
  ['GTIN without a label', '4012345678901', 'DE'],
  ['SKU', 'SKU: 2125550123', 'US'],
  ['item number', 'Item No. 212-555-0123', 'US'],
  ['order number', 'Order # 212 555 0123', 'US'],
  ['invoice number', 'Invoice no. 2125550199', 'US'],
  ['price in dollars', 'Now only $1,299.00 (was $2,125,550.00)', 'US'],
  ['price in euros', 'Preis: 3.012.345,67 €', 'DE'],
  ['ISO date', 'Updated 2024-05-12', 'US'],
  ['dotted date', 'Stand: 12.05.2024', 'DE'],
  ['date range', 'Valid 01.04.2024 - 30.06.2024', 'DE'],
  ['opening times', 'Mo-Fr 08:00 - 17:30 Uhr, Sa 09:00-12:30', 'DE'],
  ['year range', '© 1998-2024 Acme Widgets', 'US'],
  ['years in prose', 'Founded in 1998, relaunched in 2024', 'US'],
  ['ZIP+4', 'Springfield, IL 62704-1234', 'US'],
  ['German VAT ID', 'USt-IdNr.: DE123456789', 'DE'],
  ['VAT ID glued to its country code', 'DE123456789', 'DE'],
  ['UK VAT number', 'VAT No. GB 123 4567 89', 'GB'],
  ['UK company number', 'Registered in England and Wales No. 01234567', 'GB'],
  ['company registration', 'Company number 07946001', 'GB'],
  ['French company register', 'RCS Lyon B 732 829 320', 'FR'],
  ['SIRET', 'N° SIRET 732 829 320 00074', 'FR'],
  ['quantity', 'Qty 30 12345678', 'DE'],
  ['credit card number', '4111 1111 1111 1111', 'DE'],
  ['ISBN without a label', '978-3-16-148410-0', 'DE'],
  ['German tax number', 'Steuernummer 030/123/45678', 'DE'],
  ['customer number', 'Kundennummer 030 1234567', 'DE'],
  ['article number', 'Art.-Nr. 0301234567', 'DE'],
  ['digits in a URL', 'See https://shop.example/item/2125550123 for details', 'US'],
  ['range of bare numbers', 'from 2125550123 to 2125550199', 'US'],
  ['German article number', 'Artikel 4711-0815', 'DE'],
  ['German order number', 'Best.-Nr.: 030-23125410', 'DE'],
  ['digits without the trunk 0 a German number needs', 'Passend für 4711-0815 und 4711-0816', 'DE'],
  ['UK digits without the trunk 0', 'Ref 20 7946 0018', 'GB'],
  ['German commercial register', 'Amtsgericht Berlin HRB 123456 B', 'DE'],
  ['IBAN', 'IBAN: DE89 3704 0044 0532 0130 00', 'DE'],
  ['IBAN without a label', 'DE89 3704 0044 0532 0130 00', 'DE'],
  ['IMEI', 'IMEI 356938035643809', 'US'],
  ['bare 15-digit IMEI', '356938035643809', 'US'],
  ['serial number', 'S/N: 2125550123', 'US'],
  ['version number', 'Firmware v10.2.3.4 released', 'US'],
  ['dotted version', 'Version 2.125.550.123', 'US'],
  ['coordinates', 'GPS: 40.712776, -74.005974', 'US'],
  ['percent', 'Save 2125550123%', 'US'],
  ['list of sizes', 'Fits models 140/155/170 and 190', 'GB'],
  ['tracking number', 'Tracking: 1Z999AA10123456784', 'US'],
  ['bare 10-digit reference', 'Your reference 2125550123 is confirmed', 'US'],
  ['bare 11-digit run in prose', 'We shipped 30123456789 parts', 'DE'],
  ['routing number', 'Routing number 021000021', 'US'],
  ['UK sort code and account', 'Sort code 20-00-00 Account 55779911', 'GB'],
];

describe('phone precision: things that are not phones', () => {
  it.each(NOT_PHONES)('%s: %s', (_what, text, country) => {
    expect(phones(text, country)).toEqual([]);
  });

  it('still finds the phone next to the identifiers', () => {
    expect(phones('SKU: 2125550123 · Questions? Call (212) 555-0199', 'US')).toEqual(['phone +12125550199']);
    expect(phones('USt-IdNr.: DE123456789 · Tel. 030 12345678', 'DE')).toEqual(['phone +493012345678']);
  });

  it('keeps numbers written with their trunk 0, with +CC, or where the plan has no trunk 0', () => {
    expect(phones('Tel. 0471 10815', 'DE')).toEqual(['phone +4947110815']);
    expect(phones('Tel. +49 471 10815', 'DE')).toEqual(['phone +4947110815']);
    expect(phones('Call 212 555 0123', 'US')).toEqual(['phone +12125550123']);
    expect(phones('Cellulare 333 123 4567', 'IT')).toEqual(['phone +393331234567']);
  });

  it('accepts a bare digit run when a phone label stands before it', () => {
    expect(phones('Phone: 2125550123', 'US')).toEqual(['phone +12125550123']);
    expect(phones('<b>Contact number:</b> 2125550123', 'US')).toEqual(['phone +12125550123']);
  });

  it('accepts an order line: "Orders:" labels a phone, "Order No." an identifier', () => {
    expect(phones('Orders: (212) 555-0123', 'US')).toEqual(['phone +12125550123']);
  });
});

describe('notPhone guard reasons', () => {
  const at = (line: string, written: string, labelled = false) => {
    const start = line.indexOf(written);
    return notPhone(line, start, start + written.length, labelled);
  };
  it('names why a candidate is rejected', () => {
    expect(at('DE123456789', '123456789')).toBe('glued');
    expect(at('ref 2125550123B', '2125550123')).toBe('glued');
    expect(at('40.7127760', '7127760')).toBe('decimal');
    expect(at('Total $ 212 555 0123', '212 555 0123')).toBe('currency');
    expect(at('212 555 0123 EUR', '212 555 0123')).toBe('currency');
    expect(at('at 10:2125550123', '2125550123')).toBe('time');
    expect(at('E–R 9.00–17.00', '9.00–17.00')).toBe('time');
    expect(at('klo 8.00 - 16.00', '8.00 - 16.00')).toBe('time');
    expect(at('2024-05-12', '2024-05-12')).toBe('date');
    expect(at('1998-2024', '1998-2024')).toBe('year-range');
    expect(at('1 140/155/170', '1 140/155/170')).toBe('list');
    expect(at('ref 2125550123 ok', '2125550123')).toBe('bare-digits');
    expect(at('2125550123%', '2125550123')).toBe('percent');
  });
  it('lets phones through', () => {
    expect(at('Tel: (212) 555-0123', '(212) 555-0123')).toBeUndefined();
    expect(at('Phone 2125550123', '2125550123', true)).toBeUndefined();
    expect(at('Telefon030/1234567', '030/1234567')).toBeUndefined();
    expect(at('Sales01625 856 505', '01625 856 505')).toBeUndefined();
    expect(at('Call 212-555-0123Email us', '212-555-0123')).toBeUndefined();
  });
});
