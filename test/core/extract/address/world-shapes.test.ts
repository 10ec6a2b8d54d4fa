import { describe, expect, it } from 'vitest';
import { addressExtractor } from '../../../../src/core/extract/address/address.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const values = (html: string, url = 'https://shop.example/contact') =>
  addressExtractor.extract(parsePage(url, `<html><body><main>${html}</main></body></html>`)).map((f) => f.value);

// Addresses as each country writes them (issue #14: addresses by the country's own shape).
describe('addresses in the shapes the world writes them', () => {
  it.each([
    ['Austria, street word apart', '<p>Mariahilfer Straße 1, 1060 Wien</p>', 'Mariahilfer Straße 1, 1060 Wien'],
    ['Switzerland, four digits', '<p>Bahnhofstrasse 1<br>CH-8001 Zürich</p>', 'Bahnhofstrasse 1, 8001 Zürich'],
    ['Poland, ul. and 00-000', '<p>ul. Marszałkowska 10/16, 00-590 Warszawa</p>', 'ul. Marszałkowska 10/16, 00-590 Warszawa'],
    [
      'Brazil, number after a comma and the CEP last',
      '<p>Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200</p>',
      'Av. Paulista, 1578, Bela Vista, São Paulo SP 01310-200',
    ],
    [
      'Singapore, unit number',
      '<p>10 Anson Road, #05-12 International Plaza, Singapore 079903</p>',
      '10 Anson Road, #05-12 International Plaza, Singapore 079903',
    ],
    ['Ireland, Eircode', '<p>12 Ringsend Road, Dublin 4, D04 X2Y7</p>', '12 Ringsend Road, Dublin 4 D04 X2Y7'],
    ['Canada in French, province in brackets', '<p>1000, rue De La Gauchetière Ouest, Montréal (Québec) H3B 4W5</p>', 'Montréal'],
    [
      'UK, a unit in a business park with no numbered street',
      '<p>Unit 12, Meadowbank Business Park<br>Stirling<br>FK7 7WX</p>',
      'Unit 12, Meadowbank Business Park, Stirling FK7 7WX',
    ],
    ['Japan, postal mark first', '<p>〒530-0001 大阪府大阪市北区梅田1-2-3 梅田ビル5階</p>', '大阪府大阪市北区梅田1-2-3'],
    ['Korea, road and number', '<p>부산광역시 해운대구 센텀중앙로 97</p>', '부산광역시 해운대구 센텀중앙로 97'],
    ['China, road, number and postcode', '<p>北京市朝阳区建国路88号 邮编100022</p>', '北京市朝阳区建国路88号, 100022'],
  ])('%s', (_, html, expected) => {
    expect(values(html).join(' | ')).toContain(expected);
  });

  it.each([
    ['a year before a word', '<p>Abbey Road Student, France<br>2014 The acquisition of linguistic skills</p>'],
    ['a model number', '<p>HP 9000 Series<br>9000 Server</p>'],
    ['a number inside a US street line', '<p>227 North Loop 1604 East</p>'],
    ['a postcode-shaped number in prose', '<p>Our 12 stores sold 00-590 units, Warszawa says.</p>'],
  ])('not an address: %s', (_, html) => {
    expect(values(html)).toEqual([]);
  });
});
