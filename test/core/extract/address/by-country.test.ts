import { describe, expect, it } from 'vitest';
import { addressExtractor } from '../../../../src/core/extract/address/address.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

/** Addresses found in `html` on a page of `country` (undefined: a page that says nothing of its country). */
const values = (html: string, country?: string) =>
  addressExtractor.extract(parsePage('https://shop.example/contact', `<html><body><main>${html}</main></body></html>`, { country })).map((f) => f.value);

// The generic reader (by-country.ts): each country's postcode where its format puts it (issue #14).
describe('addresses by the country’s own shape', () => {
  it('reads a postcode after its country’s letters and a dash, whatever the page’s country', () => {
    expect(values('<p>Gedimino pr. 9<br>LT-01103 Vilnius</p>')).toEqual(['Gedimino pr. 9, 01103 Vilnius']);
  });

  it('keeps the letters where the country’s postcode includes them, written after the town', () => {
    expect(values('<p>Brīvības iela 40-12<br>Rīga, LV-1050</p>', 'LV')).toEqual(['Brīvības iela 40-12, Rīga LV-1050']);
  });

  it('reads a postcode after the town on its line', () => {
    expect(values('<p>King Fahd Road, Al Olaya District<br>Riyadh 12214</p>', 'SA')).toEqual(['King Fahd Road, Al Olaya District, Riyadh 12214']);
  });

  it('reads a postcode on a line of its own below the town', () => {
    expect(values('<p>15 Alice Lane<br>Sandton<br>Johannesburg<br>2196</p>', 'ZA')).toEqual(['15 Alice Lane, Sandton, Johannesburg 2196']);
  });

  it('reads postcodes of letters and digits before the town', () => {
    expect(values('<p>Av. Corrientes 1234, Piso 5<br>C1043AAZ Ciudad Autónoma de Buenos Aires</p>', 'AR')).toEqual([
      'Av. Corrientes 1234, Piso 5, C1043AAZ Ciudad Autónoma de Buenos Aires',
    ]);
  });

  it('reads the other order too, as pages write it: "6000 Cebu City" where the post puts the postcode last', () => {
    expect(values('<p>Unit 801, Cebu Business Tower<br>Mindanao Avenue<br>6000 Cebu City</p>', 'PH')).toEqual([
      'Unit 801, Cebu Business Tower, Mindanao Avenue, 6000 Cebu City',
    ]);
  });

  it('reads a province after a slash and a district number after the town', () => {
    expect(values('<p>Büyükdere Cad. No: 185<br>34394 Şişli/İstanbul</p>', 'TR')).toEqual(['Büyükdere Cad. No: 185, 34394 Şişli İstanbul']);
    expect(values('<p>Václavské náměstí 832/19<br>110 00 Praha 1</p>', 'CZ')).toEqual(['Václavské náměstí 832/19, 110 00 Praha 1']);
  });

  it('takes the country from a country name closing the block', () => {
    expect(values('<p>Riia tn 24<br>51010 Tartu<br>Estonia</p><p>Lielā iela 12, Liepāja, LV-3401, Latvia</p>')).toEqual([
      'Riia tn 24, 51010 Tartu, Estonia',
      'Lielā iela 12, Liepāja LV-3401, Latvia',
    ]);
  });

  it('takes the country from the heading above the block', () => {
    expect(values('<h2>South Africa</h2><p>14 Searle Street, Woodstock, Cape Town, 7925</p>')).toEqual(['14 Searle Street, Woodstock, Cape Town 7925']);
  });

  it('reads a street by the country’s own words ("Calle 93 # 11-28", "ул. Тверская")', () => {
    expect(values('<p>Calle 93 # 11-28, Oficina 401<br>Bogotá D.C., 110221</p>', 'CO')).toEqual(['Calle 93, # 11-28, Oficina 401, Bogotá D.C. 110221']);
    expect(values('<p>ул. Тверская, д. 7<br>Москва, 125009</p>', 'RU')).toEqual(['ул. Тверская, д. 7, Москва 125009']);
  });

  it('reads Arabic script: the Arabic comma between parts, Arabic-Indic digits in the postcode', () => {
    expect(values('<p>شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥، المملكة العربية السعودية</p>', 'SA')).toEqual([
      'شارع الأمير سلطان, حي الروضة, جدة 23435, المملكة العربية السعودية',
    ]);
  });

  it('reads Hebrew script', () => {
    expect(values('<p>רחוב רוטשילד 22, תל אביב 6688218</p>', 'IL')).toEqual(['רחוב רוטשילד 22, תל אביב 6688218']);
  });

  it('reads a city-state’s name as its town, not as a country line', () => {
    expect(values('<p>8 Marina View, #12-01 Asia Square Tower 1<br>Singapore 018960</p>')).toEqual([
      '8 Marina View, #12-01 Asia Square Tower 1, Singapore 018960',
    ]);
  });

  it('reads a town and the country’s name with the country’s words where it writes no postcode', () => {
    expect(values('<p>Tầng 8, 72 Lê Thánh Tôn<br>Phường Bến Nghé, Quận 1<br>TP. Hồ Chí Minh, Việt Nam</p>')).toEqual([
      'Tầng 8, 72 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh, Việt Nam',
    ]);
  });

  it.each([
    ['a house number after a street word is no postcode', '<p>Av. Corrientes 1234, Piso 5</p>', 'AR'],
    ['a year above a weak postcode shape is no street', '<p>Gegründet 2024<br>1010 Wien</p>', 'AT'],
    ['a tax number in groups is no postcode', '<p>CUIT 30-71234567-8 · IIBB 901-123456-7 · Precio final $ 12.499,00</p>', 'AR'],
    ['a block number is no postcode and "Block" no town', '<p>Road No. 1701, Block 317</p>', 'BH'],
    ['letters and a dash of no country', '<p>Quality Road 5<br>ISO-9001 Certified</p>', undefined],
    ['a price line above a postcode and town', '<p>Kaina 1 299,00 €<br>44151 Kaunas</p>', 'LT'],
  ])('not an address: %s', (_, html, country) => {
    expect(values(html, country)).toEqual([]);
  });
});
