import { describe, expect, it } from 'vitest';
import { isTown } from '../../../../src/core/extract/address/pattern.js';
import { classifyLine, isLandmark, splitSuites, splitTrailingTown, trimLead } from '../../../../src/core/extract/address/street.js';

describe('classifyLine: streets', () => {
  it.each([
    ['number first, US style', '4417 Juniper Hollow Rd.'],
    ['number with a letter after a dash', '77-C Foundry Street'],
    ['number ranges and slashes (India)', '14/2-B Lakshmi Temple Road'],
    ['three-part house number', '6-3-190 Banjara Lane'],
    ['ordinal street name', '260 4th Avenue'],
    ['Wisconsin grid number', 'W204 N11530 Goldendale Road'],
    ['French, lower-case type word', '27 rue des Tanneurs'],
    ['French, number with comma', '9, boulevard Gambetta'],
    ['German glued street type', 'Lindenstraße 45'],
    ['German abbreviated Str.', 'Hauptstr. 8a'],
    ['German preposition street', 'Am Mühlgraben 3'],
    ['name then number (Europe)', 'Kerkplein 12'],
    ['Italian leading type', 'Via dei Mille 41'],
    ['Portuguese leading type with "da"', 'Rua da Alegria 77'],
    ['English type word without a number (UK)', 'Tannery Lane'],
    ['Indian "Marg"', 'Tilak Marg'],
    ['a sector with a letter ("Sector 14-C")', 'Sector 14-C'],
    ['an ordinal street', '21st Cross Road'],
    ['a short number-first street without a type word', '2204 E. Main'],
    ['a street after a heading on its line', 'Western Depot - 1204 Larch Street'],
    ['a Russian street word after the number', '7 Ulitsa Lesnaya'],
    ['a Malay street word', 'Jalan Mawar 12'],
    ['a one-word street name without a type', '27 Broadway'],
  ])('%s: %s', (_, line) => {
    expect(classifyLine(line)).toBe('street');
  });
});

describe('classifyLine: suites, PO boxes, plots, buildings', () => {
  it.each([
    ['Suite 410', 'suite'],
    ['Ste. B-2', 'suite'],
    ['# 12', 'suite'],
    ['Unit 3, 2nd Floor', 'suite'],
    ['Suite 7.02 7th Floor', 'suite'],
    ['Fourth Floor', 'suite'],
    ['1804 18th Floor', 'suite'],
    ['P.O. Box 5521', 'po-box'],
    ['PO Box No. 88', 'po-box'],
    ['Post Office Box 301', 'po-box'],
    ['Postfach 11 22 33', 'po-box'],
    ['BP 72', 'po-box'],
    ['GPO Box 1440', 'po-box'],
    ['P. O. Box: 4410', 'po-box'],
    ['KR-19', 'plot'],
    ['Nº 312', 'plot'],
    ['E-7 & 8', 'plot'],
    ['Plot No. K4410', 'plot'],
    ['Villa No 12', 'plot'],
    ['No. 7 - 2/3', 'plot'],
    ['Harbourside House', 'building'],
    ['Orion Business Park', 'building'],
  ])('%s is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
});

describe('classifyLine: numbers that are no street', () => {
  it.each([
    ['opening hours', 'Open Mon-Fri 9-5'],
    ['hours with am/pm', '8 am to 6 pm daily'],
    ['a day range', 'Monday to Friday 9 till 5'],
    ['a step', 'Step 3 Pick a colour'],
    ['a copyright line', '© 2021 Bellweather Ltd'],
    ['a price', 'Deluxe kettle 2 for £39.99'],
    ['a company number', 'Registered in England, Company No 0812345'],
    ['a tax number', 'ABN 51 824 753 556'],
    ['a phone line', 'Tel 0161 555 0192'],
    ['a long product line', '3 Pack Ultra Soft Microfibre Cleaning Cloths for Glass Screens Lenses and Monitors'],
    ['plain words', 'Thank you for visiting'],
    ['a company name', 'Hollis & Crane Consulting'],
    ['a legal reference', 'Angaben gemäß § 5 DDG'],
    ['an address label', 'Mailing Address:'],
    ['a company line starting with a year', '2019 Kestrel Freight (UK) Ltd'],
    ['a heading with a street word and dashes', 'Oregon - Lake Oswego - Kerr Pkwy'],
    ['a long number-less line with a street word', 'Find Our Friendly Team On The Main Street'],
    ['a number inside a product name', 'Version 2 Release'],
    ['a list heading', 'Top 10 Reasons'],
    ['a count of customers', '5000 Happy Customers'],
    ['a count of years', '25 Years Experience'],
    ['a number then many words and no street word', '3175 Melbourne Victoria East Side'],
    ['a number then two names and no street word', '4417 Dubai Berlin'],
  ])('%s: %s', (_, line) => {
    expect(classifyLine(line)).toBe('other');
  });
  it('a "Suite"/"Office" word without a number is no suite ("Offices")', () => {
    expect(classifyLine('Regional Offices')).toBe('other');
  });
});

describe('splitSuites', () => {
  it('puts a suite written after the street on its own line', () => {
    expect(splitSuites(['723 Orchard Ave Suite 902'])).toEqual(['723 Orchard Ave', 'Suite 902']);
    expect(splitSuites(['3530 Harbor Avenue # 100'])).toEqual(['3530 Harbor Avenue', '# 100']);
  });
  it('leaves a line that opens with the suite alone', () => {
    expect(splitSuites(['Unit 29 Malvern Road'])).toEqual(['Unit 29 Malvern Road']);
  });
  it('does not split when what comes before is no street ("Monarch Building 1st Floor")', () => {
    expect(splitSuites(['Monarch Building 1st Floor'])).toEqual(['Monarch Building 1st Floor']);
  });
});

describe('isLandmark', () => {
  it.each(['(Opp. Grand Cinema)', 'Opp: Grand Cinema Ring Road', 'Near the Clock Tower', 'Behind City Hospital'])('%s is a landmark line', (l) => {
    expect(isLandmark(l)).toBe(true);
  });
  it('a street is not', () => {
    expect(isLandmark('Nearview Road')).toBe(false);
  });
});

describe('trimLead', () => {
  it('drops a label ending in a colon', () => {
    expect(trimLead('Head office: 58 Tarn Street')).toBe('58 Tarn Street');
  });
  it('drops a company name glued before the number', () => {
    expect(trimLead('Pelham Print Limited 12 Mercer Row')).toBe('12 Mercer Row');
  });
  it('drops a heading before a dash', () => {
    expect(trimLead('Northern Depot - 300 Kiln Road')).toBe('300 Kiln Road');
  });
  it('starts at a suite or unit that opens the address', () => {
    expect(trimLead('Brightwater Ltd Unit 4 Dockside Road')).toBe('Unit 4 Dockside Road');
  });
  it('keeps a building name right before the number', () => {
    expect(trimLead('example.org Falcon House 9 Mill Street')).toBe('Falcon House 9 Mill Street');
  });
  it('keeps "P. O. Box:" whole (its colon is not a label)', () => {
    expect(trimLead('P. O. Box: 4410')).toBe('P. O. Box: 4410');
  });
  it('starts at a PO box after a company name', () => {
    expect(trimLead('Fenwick Trust PO Box 66')).toBe('PO Box 66');
  });
  it('keeps a street named before its number ("Hafenvej 14 2nd Floor")', () => {
    expect(trimLead('Hafenvej 14 2nd Floor')).toBe('Hafenvej 14 2nd Floor');
  });
  it('leaves a line without a street start alone', () => {
    expect(trimLead('Tannery Lane')).toBe('Tannery Lane');
  });
});

describe('splitTrailingTown', () => {
  it('splits after the street type', () => {
    expect(splitTrailingTown('881 Wren Avenue Lakeport', isTown)).toEqual({ street: '881 Wren Avenue', town: 'Lakeport' });
  });
  it('splits after the suite, keeping the suite with the street', () => {
    expect(splitTrailingTown('12 Oak Blvd Suite 9 West Carver', isTown)).toEqual({ street: '12 Oak Blvd Suite 9', town: 'West Carver' });
  });
  it('keeps a town with a street word in its name whole ("Winter Park")', () => {
    expect(splitTrailingTown('40 Lime St Winter Park', isTown)).toEqual({ street: '40 Lime St', town: 'Winter Park' });
  });
  it('splits after a PO box', () => {
    expect(splitTrailingTown('PO Box 71 Harrowgate', isTown)).toEqual({ street: 'PO Box 71', town: 'Harrowgate' });
  });
  it('returns nothing when no town follows the street', () => {
    expect(splitTrailingTown('881 Wren Avenue', isTown)).toBeUndefined();
  });
});

describe('isTown', () => {
  it.each(['Lakeport', 'West Carver', 'Stoke-on-Trent', 'Newton upon Ouse', 'PARIS La Défense'])('%s reads as a town', (t) => {
    expect(isTown(t)).toBe(true);
  });
  it.each(['lakeport', '12 Oak', 'Call us now for a free quote today please', 'Kranich Werke GmbH', 'Hollis Crane Ltd'])('%s does not', (t) => {
    expect(isTown(t)).toBe(false);
  });
});
