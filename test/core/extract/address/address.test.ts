import { describe, expect, it } from 'vitest';
import { addressExtractor } from '../../../../src/core/extract/address/address.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const run = (body: string, head = '', url = 'https://example.com/about') =>
  addressExtractor.extract(parsePage(url, `<html><head><title>Keel Boats</title>${head}</head><body>${body}</body></html>`));

const LD = `<script type="application/ld+json">{"@type":"Organization","address":{"@type":"PostalAddress",
  "streetAddress":"55 Keel Street","addressLocality":"Portwell","addressRegion":"ME","postalCode":"04999"}}</script>`;

describe('addressExtractor', () => {
  it('declares the address kind', () => {
    expect(addressExtractor.kinds).toEqual(['address']);
    expect(addressExtractor.id).toBe('address');
  });

  it('reports one finding when JSON-LD and the footer give the same address: structured value, page wording', () => {
    const found = run('<footer><p>55 Keel St.<br>Portwell, ME 04999</p></footer>', LD);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'address',
      value: '55 Keel Street, Portwell ME 04999',
      display: '55 Keel St., Portwell, ME 04999',
      flags: ['schema-org'],
      region: 'footer',
    });
  });

  it('keeps two different addresses apart', () => {
    const found = run('<p>9 Dune Rd<br>Portwell, ME 04998</p>', LD);
    expect(found.map((f) => f.value)).toEqual(['55 Keel Street, Portwell ME 04999', '9 Dune Rd, Portwell ME 04998']);
  });

  it('flags a PO box', () => {
    const found = run('<p>PO Box 4471<br>Riverton, WY 82501</p>');
    expect(found[0]?.flags).toEqual(['po-box']);
  });

  it('takes the role from the heading above the address', () => {
    const found = run('<h2>Returns and repairs</h2><p>88 Quarry Lane<br>Maple Falls, VT 05999</p>');
    expect(found[0]?.role).toBe('support');
  });

  it('is general when nothing says sales or support', () => {
    expect(run('<h2>Visit us</h2><p>88 Quarry Lane<br>Maple Falls, VT 05999</p>')[0]?.role).toBe('general');
  });

  it('takes the role of a ContactPoint from its contactType', () => {
    const head = `<script type="application/ld+json">{"@type":"ContactPoint","contactType":"sales","address":{"@type":"PostalAddress","streetAddress":"1 Harbor Pl","postalCode":"04999"}}</script>`;
    expect(run('', head)[0]?.role).toBe('sales');
  });

  it('keeps the block text as context', () => {
    expect(run('<p>Head office: 88 Quarry Lane, Maple Falls, VT 05999</p>')[0]?.context).toContain('Head office');
  });

  it('reads an <address> element without a known postcode as a partial address', () => {
    const found = run('<address>Keel Boats<br>Via dei Mille 41<br>Castelrotto<br>info@keel.example</address>');
    expect(found).toEqual([expect.objectContaining({ value: 'Via dei Mille 41, Castelrotto', flags: ['partial'] })]);
  });

  it('ignores an <address> element of a blog post byline ("Posted by … 3 Comments")', () => {
    expect(run('<address>Posted by Jane Holt<br>3 Comments</address>')).toEqual([]);
  });

  it('ignores an <address> element that holds only an e-mail and a phone', () => {
    expect(run('<address>Write to info@keel.example<br>Tel 555 0100</address>')).toEqual([]);
  });

  it('does not report an <address> element twice when the text patterns read it', () => {
    const found = run('<address>88 Quarry Lane<br>Maple Falls, VT 05999</address>');
    expect(found.map((f) => f.flags)).toEqual([[]]);
  });

  it('reads office lists in tabs hidden until clicked, flagged collapsed', () => {
    const found = run('<div id="tab-eu" style="display:none"><p>Lindenstraße 45<br>10999 Berlin</p></div>');
    expect(found).toEqual([expect.objectContaining({ value: 'Lindenstraße 45, 10999 Berlin', flags: ['collapsed'] })]);
  });

  it('keeps the region of a hidden tab from the page, not the copy', () => {
    const found = run('<footer><div hidden><p>Lindenstraße 45<br>10999 Berlin</p></div></footer>');
    expect(found[0]?.region).toBe('footer');
  });

  it('prefers the visible copy of an address that is also in a hidden tab', () => {
    const found = run('<p>88 Quarry Lane<br>Maple Falls, VT 05999</p><div style="display: none"><p>88 Quarry Lane<br>Maple Falls, VT 05999</p></div>');
    expect(found).toHaveLength(1);
    expect(found[0]?.flags).toEqual([]);
  });

  it('reads each hidden tab on its own (the bound on hidden text is page-wide, in text-blocks)', () => {
    const tabs = Array.from({ length: 60 }, (_, i) => `<div hidden><p>${i + 1} Alder Way<br>Fenwick, KS 66001</p></div>`).join('');
    const found = run(tabs);
    expect(found.length).toBe(60);
    expect(found.every((f) => f.flags.includes('collapsed'))).toBe(true);
  });

  it('merges a microdata streetAddress holding the whole address with the same text in the footer', () => {
    const body = `<div itemscope itemtype="https://schema.org/PostalAddress" hidden><span itemprop="streetAddress">9 Dune Rd Suite 4 Portwell ME 04998</span></div>
      <footer><p>9 Dune Road, Suite 4<br>Portwell, ME 04998</p></footer>`;
    const found = run(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: '9 Dune Rd, Suite 4, Portwell ME 04998', display: '9 Dune Road, Suite 4, Portwell, ME 04998', region: 'footer' });
  });

  it('clips an absurdly long structured address', () => {
    const head = `<script type="application/ld+json">{"@type":"PostalAddress","streetAddress":"1 Long Rd","addressLocality":"${'X'.repeat(5000)}"}</script>`;
    expect(run('', head)[0]!.value.length).toBeLessThanOrEqual(300);
  });

  it('finds nothing on a page without addresses', () => {
    expect(run('<h1>Pricing</h1><p>Pro plan: $49.99 a month, 3 seats, cancel any time.</p>')).toEqual([]);
  });
});
