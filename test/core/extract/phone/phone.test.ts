import { describe, expect, it } from 'vitest';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';
import type { PageFinding } from '../../../../src/core/types.js';

// Invented pages; numbers from fictional or drama ranges (NANP 555-01xx, Ofcom 020 7946 0xxx).
function extract(body: string, opts: { country?: string; url?: string; head?: string; title?: string } = {}): PageFinding[] {
  const html = `<html><head><title>${opts.title ?? 'Acme Widgets'}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
  return phoneExtractor.extract(parsePage(opts.url ?? 'https://acme.example/contact', html, { country: opts.country ?? 'US' }));
}
const find = (fs: PageFinding[], kind: string, value: string) => fs.find((f) => f.kind === kind && f.value === value);
const values = (fs: PageFinding[], kind = 'phone') =>
  fs
    .filter((f) => f.kind === kind)
    .map((f) => f.value)
    .sort();

describe('phoneExtractor: text', () => {
  it('declares the kinds it returns', () => {
    expect(phoneExtractor.kinds).toEqual(['phone', 'fax', 'gate']);
  });

  it('reads a national number with the page country, value in E.164, the line as context', () => {
    const fs = extract('<p>Call us on (212) 555-0123 any weekday.</p>');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ kind: 'phone', value: '+12125550123', display: '(212) 555-0123', region: 'main' });
    expect(fs[0]?.context).toBe('Call us on (212) 555-0123 any weekday.');
  });

  it('joins a number split across inline elements', () => {
    const fs = extract('<p>Phone: <span>(415)</span> <span>555</span>-<b>0199</b></p>');
    expect(values(fs)).toEqual(['+14155550199']);
  });

  it('keeps the number type as a flag', () => {
    const fs = extract('<p>Toll-free 1-800-555-0100</p><p>Premium line 1-900-555-0100</p>');
    expect(find(fs, 'phone', '+18005550100')?.flags).toContain('toll-free');
    expect(find(fs, 'phone', '+19005550100')?.flags).toContain('premium-rate');
    const uk = extract('<p>Tel 020 7946 0018</p>', { country: 'GB' });
    expect(uk[0]?.flags).toContain('fixed-line');
  });

  it('reads international numbers on a US page', () => {
    const fs = extract('<p>London office: +44 20 7946 0018</p><p>Berlin: +49 30 12345678</p>');
    expect(values(fs)).toEqual(['+442079460018', '+493012345678']);
  });

  it("keeps an extension in the value, RFC 3966 style, and in the display: a person's line is a contact of its own", () => {
    const fs = extract('<p>Orders: 1-800-555-0100 ext. 42</p><p>Desk: (617) 555-0142 x7</p><p>Main line 1-800-555-0100</p>');
    expect(find(fs, 'phone', '+18005550100;ext=42')).toMatchObject({ display: '1-800-555-0100 ext. 42' });
    expect(find(fs, 'phone', '+18005550100;ext=42')?.flags).toContain('extension');
    expect(find(fs, 'phone', '+18005550100')?.flags).not.toContain('extension');
    expect(find(fs, 'phone', '+16175550142;ext=7')?.display).toBe('(617) 555-0142 x7');
  });

  it('does not read a count after a comma as an extension ("555-0139, 7 days a week")', () => {
    const fs = extract('<p>Phone: (720) 555-0139, 7 days a week</p><p>Desk: (617) 555-0142,22</p>');
    expect(find(fs, 'phone', '+17205550139')?.display).toBe('(720) 555-0139');
    expect(find(fs, 'phone', '+17205550139')?.flags).not.toContain('extension');
    expect(find(fs, 'phone', '+16175550142;ext=22')).toBeDefined();
  });

  it('spells out an extension the written number does not show', () => {
    const fs = extract('<a href="tel:+12125550123;ext=23">(212) 555-0123</a>');
    expect(fs[0]?.display).toBe('(212) 555-0123 ext. 23');
  });

  it('reads Arabic-Indic and Persian digits, shown as written', () => {
    expect(extract('<p>هاتف: ٠٤ ٣٣٣ ٤٤٤٤</p>', { country: 'AE' }).map((f) => [f.value, f.display])).toEqual([['+97143334444', '٠٤ ٣٣٣ ٤٤٤٤']]);
    expect(extract('<p>تلفن: ۰۲۱ ۸۸۷۷ ۶۶۵۵</p>', { country: 'IR' }).map((f) => f.value)).toEqual(['+982188776655']);
  });

  it("reads the calling code in brackets before a trunk 0, and Brazil's carrier placeholder", () => {
    expect(extract('<p>Call (+44) 0203 123 4567</p>', { country: 'GB' }).map((f) => f.value)).toEqual(['+442031234567']);
    expect(extract('<p>Fone: 0xx11 3456-7890</p>', { country: 'BR' }).map((f) => [f.value, f.display])).toEqual([['+551134567890', '0xx11 3456-7890']]);
    expect(extract('<p>Fone: (0XX21) 2345-6789</p>', { country: 'BR' }).map((f) => f.value)).toEqual(['+552123456789']);
  });

  it('reads a number written in full-width digits (Japanese pages), shown as written', () => {
    const fs = extract('<p>お電話：０３－１２３４－５６７８</p>', { country: 'JP' });
    expect(fs.map((f) => [f.value, f.display])).toEqual([['+81312345678', '０３－１２３４－５６７８']]);
  });

  it('reads a German "Durchwahl" as an extension', () => {
    const fs = extract('<p>Telefon 030 12345678 Durchwahl 215</p>', { country: 'DE' });
    expect(fs[0]).toMatchObject({ value: '+493012345678;ext=215', display: '030 12345678 ext. 215' });
    expect(fs[0]?.flags).toContain('extension');
  });

  it('dials a toll-free vanity number', () => {
    const fs = extract('<p>Order by phone: 1-800-FLOWERS</p><p>Help: 1-888-GO-WIDGE</p>');
    expect(values(fs)).toEqual(['+18003569377', '+18884694343']);
    expect(find(fs, 'phone', '+18003569377')).toMatchObject({ display: '1-800-FLOWERS' });
    expect(find(fs, 'phone', '+18003569377')?.flags).toContain('vanity');
  });

  it('dials a local vanity number written with its area code', () => {
    expect(values(extract('<p>Free consultation 720.555.LAWS</p>'))).toEqual(['+17205555297']);
  });

  it('reads a number glued to the word before it by inline markup', () => {
    const fs = extract('<p><b>Sales</b>020 7946 0018</p>', { country: 'GB' });
    expect(fs[0]).toMatchObject({ value: '+442079460018', role: 'sales' });
  });
});

describe('phoneExtractor: fax', () => {
  it('makes a number labelled Fax a fax, never a phone', () => {
    const fs = extract('<p>Tel: (212) 555-0123 · Fax: (212) 555-0124</p>');
    expect(values(fs)).toEqual(['+12125550123']);
    expect(values(fs, 'fax')).toEqual(['+12125550124']);
  });

  it('knows fax labels in other languages and one-letter ones', () => {
    expect(values(extract('<p>Téléc. 01 23 45 67 89</p>', { country: 'FR' }), 'fax')).toEqual(['+33123456789']);
    expect(values(extract('<p>Telefax: 030 12345678</p>', { country: 'DE' }), 'fax')).toEqual(['+493012345678']);
    expect(values(extract('<p>T: (312) 555-0176<br>F: (312) 555-0177</p>'), 'fax')).toEqual(['+13125550177']);
    expect(values(extract('<p>Fx (312) 555-0177</p>'), 'fax')).toEqual(['+13125550177']);
  });

  it('reads bare one-letter labels in a footer line', () => {
    const fs = extract('<footer>T +44 117 496 0123 F +44 117 496 0124</footer>', { country: 'GB' });
    expect(values(fs)).toEqual(['+441174960123']);
    expect(values(fs, 'fax')).toEqual(['+441174960124']);
  });

  it('returns both a phone and a fax for "Tel/Fax"', () => {
    const fs = extract('<p>Tel/Fax: (312) 555-0176</p>');
    expect(values(fs)).toEqual(['+13125550176']);
    expect(values(fs, 'fax')).toEqual(['+13125550176']);
  });

  it('reads a label on the line before, or in the block before', () => {
    expect(values(extract('<p>Fax number<br>(312) 555-0177</p>'), 'fax')).toEqual(['+13125550177']);
    expect(values(extract('<table><tr><th>Fax:</th><td>(312) 555-0177</td></tr></table>'), 'fax')).toEqual(['+13125550177']);
  });

  it('reads "fax" written after the number at the end of a line', () => {
    const fs = extract('<p>(312) 555-0176 phone<br>(312) 555-0177 fax</p>');
    expect(values(fs)).toEqual(['+13125550176']);
    expect(values(fs, 'fax')).toEqual(['+13125550177']);
  });

  it('reads a fax label given by an icon before the number', () => {
    const fs = extract('<p><img src="/i/phone.gif" alt="phone">(312) 555-0176<br><img src="/i/fax.gif" alt="fax">(312) 555-0177</p>');
    expect(values(fs)).toEqual(['+13125550176']);
    expect(values(fs, 'fax')).toEqual(['+13125550177']);
  });

  it('takes faxNumber from JSON-LD as a fax', () => {
    const ld = { '@type': 'Organization', telephone: '+1-312-555-0176', faxNumber: '+1-312-555-0177' };
    const fs = extract('', { head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` });
    expect(values(fs)).toEqual(['+13125550176']);
    expect(values(fs, 'fax')).toEqual(['+13125550177']);
  });
});

describe('phoneExtractor: role', () => {
  it('gives each number on a line the label nearest before it', () => {
    const fs = extract('<p>Sales: (212) 555-0100 · Support: (212) 555-0199</p>', { title: 'Contact' });
    expect(find(fs, 'phone', '+12125550100')?.role).toBe('sales');
    expect(find(fs, 'phone', '+12125550199')?.role).toBe('support');
  });

  it('falls back to a short line above, then the heading', () => {
    const above = extract('<p>Customer support<br>Mon–Fri 9–5<br>(212) 555-0199</p>', { title: 'Contact' });
    expect(above[0]?.role).toBe('support');
    const heading = extract('<h2>Sales team</h2><p>(212) 555-0100</p>', { title: 'Contact' });
    expect(heading[0]?.role).toBe('sales');
  });

  it('is general when nothing names a role', () => {
    expect(extract('<p>Head office (212) 555-0100</p>', { title: 'About us', url: 'https://acme.example/about' })[0]?.role).toBe('general');
  });
});

describe('phoneExtractor: links and markup', () => {
  it('reads tel: links, with the flag and an extension parameter', () => {
    const fs = extract('<a href="tel:+1-800-555-0100;ext=42">Call sales</a>');
    expect(fs[0]).toMatchObject({ kind: 'phone', value: '+18005550100;ext=42', role: 'sales' });
    expect(fs[0]?.flags).toEqual(expect.arrayContaining(['tel-link', 'extension', 'toll-free']));
    expect(fs[0]?.display).toBe('+1-800-555-0100 ext. 42');
  });

  it('merges a tel: link and its text into one finding', () => {
    const fs = extract('<p>Phone: <a href="tel:+12125550123">(212) 555-0123</a></p>');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.flags).toContain('tel-link');
  });

  it('keeps a tel: link on a number labelled Fax a fax', () => {
    const fs = extract('<p>Fax: <a href="tel:+13125550177">(312) 555-0177</a></p>');
    expect(values(fs)).toEqual([]);
    expect(values(fs, 'fax')).toEqual(['+13125550177']);
  });

  it('ignores a tel: link that is not a valid number', () => {
    expect(extract('<a href="tel:123">Call</a><a href="tel:%E0%A4%A">Call</a>')).toEqual([]);
  });

  it('reads JSON-LD telephone with a ContactPoint contactType as the role', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          contactPoint: [
            { '@type': 'ContactPoint', telephone: '+1-212-555-0100', contactType: 'sales' },
            { '@type': 'ContactPoint', telephone: '+1-212-555-0199', contactType: 'customer support' },
            { '@type': 'ContactPoint', telephone: '+1-212-555-0150', contactType: 'reservations' },
          ],
        },
      ],
    };
    const fs = extract('', { head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>`, title: 'Home' });
    expect(find(fs, 'phone', '+12125550100')?.role).toBe('sales');
    expect(find(fs, 'phone', '+12125550199')?.role).toBe('support');
    expect(find(fs, 'phone', '+12125550150')?.role).toBe('sales');
  });

  it('survives broken JSON-LD', () => {
    expect(extract('', { head: '<script type="application/ld+json">{ "telephone": "+1 212 555 0100", }</script>' })).toEqual([]);
  });

  it('reads microdata telephone and faxNumber', () => {
    const fs = extract(
      '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="telephone" content="+13125550176">Call us</span>' +
        '<meta itemprop="faxNumber" content="+1 312 555 0177"></div>',
    );
    expect(values(fs)).toEqual(['+13125550176']);
    expect(values(fs, 'fax')).toEqual(['+13125550177']);
  });
});

describe('phoneExtractor: images', () => {
  it('reports a number shown only in an image as image-only', () => {
    const fs = extract('<p><img src="/img/hotline.png" alt="Hotline 1-800-555-0100"></p>');
    expect(fs[0]).toMatchObject({ kind: 'phone', value: '+18005550100' });
    expect(fs[0]?.flags).toContain('image-only');
  });

  it('reads a number from an image file name', () => {
    const fs = extract('<img src="/assets/phone-0800-123-4567.png">', { country: 'GB' });
    expect(fs[0]).toMatchObject({ kind: 'phone', value: '+448001234567' });
    expect(fs[0]?.flags).toContain('image-only');
  });

  it('reads no file name from an inline data: image (its base64 can hold digit runs)', () => {
    const fs = extract('<img src="data:image/png;base64,AAAA+Tel+212+555+0123">');
    expect(fs).toEqual([]);
  });

  it('does not call a number image-only when the text gives it too', () => {
    const fs = extract('<p>Call 1-800-555-0100</p><img src="/img/call.png" alt="1-800-555-0100">');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.flags).not.toContain('image-only');
  });

  it('returns the image-only-phone gate for a phone picture on a page with no phone text', () => {
    const fs = extract('<h2>Talk to us</h2><img src="/img/call-us.png" alt="Call us" width="300" height="60">');
    expect(fs).toEqual([expect.objectContaining({ kind: 'gate', value: 'image-only-phone', flags: ['image-only-phone'] })]);
  });

  it('takes a wide, short picture named for the phone as the number, even without alt text', () => {
    const fs = extract('<div class="call"><img src="/img/phone.png" width="180" height="24"></div><p>Pool service since 1999</p>');
    expect(fs.map((f) => f.value)).toEqual(['image-only-phone']);
  });

  it('returns no gate when the page also has a phone in text', () => {
    const fs = extract('<img src="/img/telefon.png" alt="Telefon"><p>Tel (212) 555-0123</p>');
    expect(fs.map((f) => f.kind)).toEqual(['phone']);
  });

  it('returns no gate for phone icons, buttons to a contact page or tiny images', () => {
    expect(extract('<img src="/img/phone-icon.png" alt="phone">')).toEqual([]);
    expect(extract('<a href="/contact"><img src="/img/call-us.png" alt="Call us"></a>')).toEqual([]);
    expect(extract('<img src="/img/phone.png" alt="phone" width="16" height="16">')).toEqual([]);
    expect(extract('<img src="/img/team-photo.jpg" alt="Our team">')).toEqual([]);
    expect(extract('<img src="/img/apply.png" alt="Apply over the phone">')).toEqual([]);
  });
});

describe('phoneExtractor: through analyzePage', () => {
  it('reads national numbers with the country the page itself shows', async () => {
    const { analyzePage } = await import('../../../../src/core/analyze-page.js');
    const html = '<html><body><p>500 Main Street, Springfield, IL 62704</p><p>Tel (217) 555-0142</p></body></html>';
    const a = analyzePage('https://acme.example.com/', html);
    expect(a.country).toBe('US');
    expect(a.findings.filter((f) => f.kind === 'phone').map((f) => f.value)).toEqual(['+12175550142']);
  });

  it("uses the caller's country over the inferred one, and the site's when the page says nothing", async () => {
    const { analyzePage } = await import('../../../../src/core/analyze-page.js');
    const html = '<html><body><p>Tel 020 7946 0018</p></body></html>';
    expect(analyzePage('https://acme.com/', html, { country: 'GB' }).findings[0]?.value).toBe('+442079460018');
    expect(analyzePage('https://acme.com/', html, { siteCountry: 'GB' }).findings[0]?.value).toBe('+442079460018');
    // With no country anywhere, the number is reported as written, never as another country's.
    expect(analyzePage('https://acme.com/', html).findings.filter((f) => f.kind === 'phone')).toEqual([
      expect.objectContaining({ value: '02079460018', display: '020 7946 0018', flags: ['unsure-country'] }),
    ]);
  });

  it('reports a national number as written only under a phone label, when the page names no country', async () => {
    const { analyzePage } = await import('../../../../src/core/analyze-page.js');
    const read = (body: string) =>
      analyzePage('https://acme.io/', `<html><body>${body}</body></html>`).findings.filter((f) => f.kind === 'phone' || f.kind === 'fax');
    expect(read('<p>Fax: (02) 9876 5432</p>').map((f) => [f.kind, f.value])).toEqual([['fax', '0298765432']]);
    expect(read('<p>Order 0123 4567 89 shipped</p>')).toEqual([]);
    expect(read('<p>Call +44 20 7946 0018</p>').map((f) => f.value)).toEqual(['+442079460018']);
  });
});
