import { describe, expect, it } from 'vitest';
import { jsonLdAddresses, parseLoose } from '../../../../src/core/extract/address/json-ld.js';
import { microdataAddresses } from '../../../../src/core/extract/address/microdata.js';
import { formatValue } from '../../../../src/core/extract/address/parts.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const ld = (json: string) => {
  const page = parsePage('https://example.com/', `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
  return jsonLdAddresses(page.$);
};
const md = (html: string) => microdataAddresses(parsePage('https://example.com/', `<html><body>${html}</body></html>`).$);

const POSTAL =
  '{"@type":"PostalAddress","streetAddress":"55 Keel Street","addressLocality":"Portwell","addressRegion":"ME","postalCode":"04999","addressCountry":"US"}';

describe('JSON-LD', () => {
  it('reads an Organization address', () => {
    const found = ld(`{"@context":"https://schema.org","@type":"Organization","name":"Keel","address":${POSTAL}}`);
    expect(found.map((f) => formatValue(f.parts))).toEqual(['55 Keel Street, Portwell ME 04999, US']);
  });
  it('reads addresses inside @graph and arrays', () => {
    const found = ld(
      `{"@graph":[{"@type":"WebSite"},{"@type":"LocalBusiness","address":[${POSTAL},{"@type":"PostalAddress","streetAddress":"9 Dune Rd","postalCode":"04998"}]}]}`,
    );
    expect(found.map((f) => f.parts.street[0])).toEqual(['55 Keel Street', '9 Dune Rd']);
  });
  it('keeps the contactType of the ContactPoint above the address', () => {
    const found = ld(`{"@type":"Organization","contactPoint":{"@type":"ContactPoint","contactType":"customer support","address":${POSTAL}}}`);
    expect(found[0]?.contactType).toBe('customer support');
  });
  it('reads an address given as a plain string like page text', () => {
    expect(ld('{"@type":"Store","address":"55 Keel Street, Portwell, ME 04999"}')[0]?.parts).toMatchObject({
      street: ['55 Keel Street'],
      locality: 'Portwell',
      region: 'ME',
      postcode: '04999',
    });
  });
  it('keeps an address string it cannot read as its comma-separated lines', () => {
    expect(ld('{"@type":"Store","address":"Keel Wharf, Portwell"}')[0]?.parts.street).toEqual(['Keel Wharf', 'Portwell']);
  });
  it('marks a postOfficeBoxNumber-only address as a PO box', () => {
    const found = ld('{"@type":"PostalAddress","postOfficeBoxNumber":"1440","addressLocality":"Portwell","postalCode":"04999"}');
    expect(found[0]?.parts).toMatchObject({ street: ['PO Box 1440'], poBox: true });
  });
  it('tolerates trailing commas, raw line breaks and an HTML comment wrapper', () => {
    const broken = `<!-- {"@type":"Organization","address":{"@type":"PostalAddress","streetAddress":"55 Keel
Street","postalCode":"04999",},} -->`;
    expect(ld(broken)[0]?.parts.street).toEqual(['55 Keel Street']);
  });
  it('ignores JSON it cannot repair', () => {
    expect(ld('{"@type":"Organization","address":')).toEqual([]);
  });
  it('parseLoose reads two objects written back to back', () => {
    expect(parseLoose('{"a":1}{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });
  it('stops at its node budget on a huge generated blob', () => {
    const many = Array.from({ length: 6000 }, () => POSTAL).join(',');
    expect(ld(`[${many}]`).length).toBeLessThan(6000);
  });
});

describe('microdata and RDFa', () => {
  it('reads itemprop values of a PostalAddress scope', () => {
    const found = md(`<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Keel</span>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="streetAddress">55 Keel Street</span>, <span itemprop="addressLocality">Portwell</span>
        <span itemprop="addressRegion">ME</span> <span itemprop="postalCode">04999</span></div></div>`);
    expect(found.map((f) => formatValue(f.parts))).toEqual(['55 Keel Street, Portwell ME 04999']);
  });
  it('prefers a content attribute over the visible text', () => {
    const found = md(`<div itemscope itemtype="http://schema.org/PostalAddress"><meta itemprop="addressCountry" content="GB">
      <span itemprop="streetAddress">3 Mill Lane</span><span itemprop="postalCode">KY4 2NW</span></div>`);
    expect(found[0]?.parts.country).toBe('GB');
  });
  it('does not take properties of a nested item', () => {
    const found = md(`<div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">3 Mill Lane</span>
      <div itemscope itemtype="https://schema.org/Place"><span itemprop="postalCode">ZZ1 1ZZ</span></div></div>`);
    expect(found[0]?.parts.postcode).toBeUndefined();
  });
  it('reads RDFa property attributes with a schema: prefix', () => {
    const found = md(`<div vocab="https://schema.org/" typeof="PostalAddress"><span property="schema:streetAddress">3 Mill Lane</span>
      <span property="addressLocality">Kelby</span></div>`);
    expect(found.map((f) => formatValue(f.parts))).toEqual(['3 Mill Lane, Kelby']);
  });
  it('reads a streetAddress that holds the whole address like page text', () => {
    const found = md(
      `<div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">881 Wren Avenue Suite 5 Lakeport OR 97402</span></div>`,
    );
    expect(found.map((f) => formatValue(f.parts))).toEqual(['881 Wren Avenue, Suite 5, Lakeport OR 97402']);
  });
  it('keeps <br> inside a streetAddress as a line break', () => {
    const found = md(`<div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">881 Wren Avenue<br>Floor 2</span></div>`);
    expect(found[0]?.parts.street).toEqual(['881 Wren Avenue', 'Floor 2']);
  });
  it('skips a PostalAddress with no street or box', () => {
    expect(md('<div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Kelby</span></div>')).toEqual([]);
  });
});
