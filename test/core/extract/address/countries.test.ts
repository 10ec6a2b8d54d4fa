import { describe, expect, it } from 'vitest';
import { scan, values } from './scan.js';

describe('US', () => {
  it('reads street, suite, town, state code and ZIP on one line', () => {
    expect(values('<p>4417 Juniper Hollow Rd., Suite 210, Lakeport, OR 97402</p>')).toEqual(['4417 Juniper Hollow Rd., Suite 210, Lakeport OR 97402']);
  });
  it('reads lines split by <br>, ZIP+4 and a country after', () => {
    expect(values('<p>881 Wren Avenue<br>Floor 3<br>East Halvering, NJ 08123-4410<br>USA</p>')).toEqual([
      '881 Wren Avenue, Floor 3, East Halvering NJ 08123-4410, USA',
    ]);
  });
  it('reads a state written out, and a town glued on after the street', () => {
    expect(values('<p>92 Sable Creek Blvd Tarrow Springs Florida 33990</p>')).toEqual(['92 Sable Creek Blvd, Tarrow Springs Florida 33990']);
  });
  it('reads a title-case code with a dot and a ZIP without a space ("Az.", "CO80111")', () => {
    expect(values('<p>15 Mesa Verde Dr.<br>Dry Wells Az. 85399</p>')).toEqual(['15 Mesa Verde Dr., Dry Wells Az. 85399']);
    expect(values('<p>15 Mesa Verde Dr.<br>Pinewood CO80999</p>')).toEqual(['15 Mesa Verde Dr., Pinewood CO 80999']);
  });
  it('reads a town and state with no ZIP when a street stands above them', () => {
    expect(values('<p>708 Quarry Hill Road<br>Harlow MO<br>Call us today</p>')).toEqual(['708 Quarry Hill Road, Harlow MO']);
  });
  it('does not trust a word-like code without a ZIP ("Click OK")', () => {
    expect(values('<p>708 Quarry Hill Road<br>Click OK</p>')).toEqual([]);
  });
  it('needs a street: a state and ZIP after prose is no address', () => {
    expect(values('<p>We ship from our warehouse near Lakeport, OR 97402 every day.</p>')).toEqual([]);
  });
});

describe('Canada', () => {
  it('reads province then postcode', () => {
    expect(values('<p>40 Birchmount Street, Kelso Falls, ON K2P 1L4</p>')).toEqual(['40 Birchmount Street, Kelso Falls ON K2P 1L4']);
  });
  it('reads postcode then province on the town line', () => {
    expect(values('<p>77-1502 Larch St<br>North Delmar<br>V7M 2B9 BC. Canada</p>')).toEqual(['77-1502 Larch St, North Delmar BC V7M 2B9, Canada']);
  });
});

describe('UK', () => {
  it('reads town and county lines before the postcode', () => {
    expect(values('<p>Harbourside House<br>14 Quay Road<br>Little Wyvern<br>Dorset<br>DT9 4QQ</p>')).toEqual([
      'Harbourside House, 14 Quay Road, Little Wyvern, Dorset DT9 4QQ',
    ]);
  });
  it('reads a street without a number, and the country between town and postcode', () => {
    expect(values('<p>Unit 6<br>Tannery Lane<br>Kelby<br>United Kingdom<br>KY4 2NW</p>')).toEqual(['Unit 6, Tannery Lane, Kelby KY4 2NW, United Kingdom']);
  });
  it('reads an address in running text after "registered office is at"', () => {
    const html = '<p>Registered in England under company number 01234567, whose registered office is at Unit 9, Ferry Lane, Kelby KY4 2NW.</p>';
    expect(values(html)).toEqual(['Unit 9, Ferry Lane, Kelby KY4 2NW']);
  });
  it('reads a one-line address with a PO box, flagged as such', () => {
    expect(scan('<p>Fenwick Trust PO Box 66 Harrowgate HG9 1ZZ</p>')).toEqual([
      { value: 'PO Box 66, Harrowgate HG9 1ZZ', display: 'PO Box 66 Harrowgate HG9 1ZZ', poBox: true },
    ]);
  });
});

describe('Germany', () => {
  it('reads "Straße Nr., PLZ Ort" and keeps the postcode first', () => {
    expect(values('<p>Lindenstraße 45, 10999 Berlin</p>')).toEqual(['Lindenstraße 45, 10999 Berlin']);
  });
  it('reads "Am …" streets and a D- prefix', () => {
    expect(values('<p>Am Mühlgraben 3<br>D-04109 Leipzig</p>')).toEqual(['Am Mühlgraben 3, 04109 Leipzig']);
  });
  it('leaves out the heading and the company above the street (Impressum)', () => {
    const html = '<h2>Angaben gemäß § 5 DDG</h2><p>Kranich Werke GmbH<br>Eichenweg 7<br>80331 München<br>Deutschland</p>';
    expect(values(html)).toEqual(['Eichenweg 7, 80331 München, Deutschland']);
  });
  it('reads a Postfach as a PO box', () => {
    expect(scan('<p>Postfach 11 22 33, 50667 Köln</p>')[0]?.poBox).toBe(true);
  });
});

describe('France', () => {
  it('reads "12 rue …, 75002 Paris" and the country line', () => {
    expect(values('<p>Bureau de Paris<br>27 rue des Tanneurs<br>75003 Paris<br>France</p>')).toEqual(['27 rue des Tanneurs, 75003 Paris, France']);
  });
  it('reads the street after a company name and a dash on its line', () => {
    expect(values('<p>Atelier Dumas — 8 rue de l’Orme, 69003 Lyon</p>')).toEqual(['8 rue de l’Orme, 69003 Lyon']);
  });
  it('keeps CEDEX and its number, and reads BP as a PO box', () => {
    expect(scan('<p>BP 72, 69002 Lyon Cedex 02</p>')).toEqual([{ value: 'BP 72, 69002 Lyon Cedex 02', display: 'BP 72, 69002 Lyon Cedex 02', poBox: true }]);
  });
});

describe('India', () => {
  it('reads a PIN glued to the town with a dash', () => {
    expect(values('<p>Plot 7, Industrial Estate Road, Mumbai-400093</p>')).toEqual(['Plot 7, Industrial Estate Road, Mumbai 400093']);
  });
  it('reads a spaced PIN and keeps district lines between street and town', () => {
    expect(values('<p>14/2-B Lakshmi Temple Road, Red Hills, Nagapur 641 045</p>')).toEqual(['14/2-B Lakshmi Temple Road, Red Hills, Nagapur 641 045']);
  });
  it('does not take a 6-digit order number for a PIN', () => {
    expect(values('<p>Order 3 items, reference 560001</p>')).toEqual([]);
  });
});

describe('Australia', () => {
  it('reads level, street, suburb, state and postcode', () => {
    expect(values('<p>Level 5, 100 Wattle Street, Ultimo Heights NSW 2007</p>')).toEqual(['Level 5, 100 Wattle Street, Ultimo Heights NSW 2007']);
  });
  it('reads a state glued to its postcode ("WA6000")', () => {
    expect(values('<p>31 Banksia Terrace<br>Perth WA6000</p>')).toEqual(['31 Banksia Terrace, Perth WA 6000']);
  });
  it('does not read a business number as an address', () => {
    expect(values('<p>ABN 51 824 753 556<br>Sydney NSW 2000</p>')).toEqual([]);
  });
});

describe('other European tails', () => {
  it('Netherlands: "1234 AB Plaats"', () => {
    expect(values('<p>Kerkplein 12, 3526 KL Utrecht</p>')).toEqual(['Kerkplein 12, 3526 KL Utrecht']);
  });
  it('Sweden: "123 45 Ort"', () => {
    expect(values('<p>Sjögatan 44, 111 34 Stockholm</p>')).toEqual(['Sjögatan 44, 111 34 Stockholm']);
  });
  it('Portugal: "1234-567 Localidade"', () => {
    expect(values('<p>Rua da Alegria 77, 1250-146 Lisboa</p>')).toEqual(['Rua da Alegria 77, 1250-146 Lisboa']);
  });
});

describe('town and country, no postcode', () => {
  it('reads a PO box, district, city and country', () => {
    expect(scan('<p>P.O. Box 9120<br>Al Rigga<br>Dubai<br>United Arab Emirates</p>')).toEqual([
      { value: 'P.O. Box 9120, Al Rigga, Dubai, United Arab Emirates', display: 'P.O. Box 9120, Al Rigga, Dubai, United Arab Emirates', poBox: true },
    ]);
  });
  it('reads a town with its postcode before the country line', () => {
    expect(values('<p>Hafenvej 14<br>Aarby 7321<br>Denmark</p>')).toEqual(['Hafenvej 14, Aarby 7321, Denmark']);
  });
  it('reads town and country on one line without a comma', () => {
    expect(values('<p>PO Box 31877<br>Jebel Noor<br>Dubai United Arab Emirates</p>')).toEqual(['PO Box 31877, Jebel Noor, Dubai, United Arab Emirates']);
  });
  it('keeps flat, floor, tower and a landmark line between street lines', () => {
    const html = '<p>Flat No. 12, 3rd Floor, Pearl Tower,<br>(Opp. Grand Cinema)<br>Corniche Street<br>P.O. Box 4410<br>Doha<br>Qatar</p>';
    expect(values(html)).toEqual(['Flat No. 12, 3rd Floor, Pearl Tower, (Opp. Grand Cinema), Corniche Street, P.O. Box 4410, Doha, Qatar']);
  });
  it('needs a street line: "founded in 1998, London, United Kingdom" is no address', () => {
    expect(values('<p>We were founded in 1998<br>London, United Kingdom</p>')).toEqual([]);
  });
  it('needs a street line: "Made in Germany" is no address', () => {
    expect(values('<p>Designed in 2 weeks<br>Made in Munich, Germany</p>')).toEqual([]);
  });
});
