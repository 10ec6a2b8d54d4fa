import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../src/core/crawl/page-links.js';
import { parsePage } from '../../../src/core/page/parsed-page.js';

const links = (html: string, url = 'https://example.com/de/') => pageLinks(parsePage(url, html));

describe('pageLinks', () => {
  it('keeps same-site links with their region and text, normalised', () => {
    const got = links(`
      <header><a href="/de/kontakt/">Kontakt</a></header>
      <nav><a href="produkte">Produkte</a></nav>
      <main><a href="https://www.example.com/de/hilfe#faq">Hilfe</a></main>
      <aside><a href="/blog?utm_source=x">Blog</a></aside>
      <footer><a href="/impressum" rel="nofollow">Impressum</a></footer>`);
    expect(got).toEqual([
      { url: 'https://example.com/de/kontakt', text: 'Kontakt', region: 'header' },
      { url: 'https://example.com/de/produkte', text: 'Produkte', region: 'nav' },
      { url: 'https://www.example.com/de/hilfe', text: 'Hilfe', region: 'main' },
      { url: 'https://example.com/blog', text: 'Blog', region: 'aside' },
      { url: 'https://example.com/impressum', text: 'Impressum', region: 'footer', rel: 'nofollow' },
    ]);
  });

  it('reads aria-label, title and image alt for links without text', () => {
    const got = links(`
      <a href="/a" aria-label="Contact us"><svg></svg></a>
      <a href="/b" title="Support"></a>
      <a href="/c"><img src="x.png" alt="Sales team"></a>
      <map><area href="/d" alt="Locations"></map>`);
    expect(got.map((l) => l.text)).toEqual(['Contact us', 'Support', 'Sales team', 'Locations']);
  });

  it('ignores mailto, tel, javascript, data, #-only and off-site links', () => {
    const got = links(`
      <a href="mailto:a@example.com">Mail</a><a href="tel:+49301234">Call</a>
      <a href="javascript:void(0)">JS</a><a href="data:text/html,x">Data</a>
      <a href="#top">Top</a><a href="">Empty</a>
      <a href="https://facebook.com/example">Facebook</a><a href="https://shop.example.com/">Shop</a>
      <a href="/ok">OK</a>`);
    expect(got.map((l) => l.url)).toEqual(['https://example.com/ok']);
  });

  it('deduplicates within a region, keeping the first link but filling in missing text', () => {
    const got = links(`<header><a href="/kontakt"><i class="icon"></i></a> <a href="/kontakt/">Kontakt</a></header>`);
    expect(got).toEqual([{ url: 'https://example.com/kontakt', text: 'Kontakt', region: 'header' }]);
  });

  it('keeps one link per region, so a footer contact link is not hidden by a body link to the same page', () => {
    const got = links(`<main><a href="/contact">write to us</a></main><footer><a href="/contact/">Contact</a></footer>`);
    expect(got).toEqual([
      { url: 'https://example.com/contact', text: 'write to us', region: 'main' },
      { url: 'https://example.com/contact', text: 'Contact', region: 'footer' },
    ]);
  });

  it('resolves against <base href>', () => {
    expect(links('<base href="https://example.com/en/"><a href="contact">Contact</a>').map((l) => l.url)).toEqual(['https://example.com/en/contact']);
  });

  it('collapses whitespace and bounds long texts', () => {
    const got = links(`<a href="/a">  Contact\n\n   us </a><a href="/b">${'x'.repeat(500)}</a>`);
    expect(got[0]?.text).toBe('Contact us');
    expect(got[1]?.text.length).toBeLessThanOrEqual(200);
  });
});

describe('pageLinks regions without landmark elements', () => {
  it('reads class and role names', () => {
    const got = links(`
      <div class="site-footer"><a href="/imprint">Imprint</a></div>
      <div role="navigation"><a href="/products">Products</a></div>
      <div id="masthead"><a href="/contact">Contact</a></div>
      <div class="content"><a href="/post">Post</a></div>`);
    expect(got.map((l) => [l.text, l.region])).toEqual([
      ['Imprint', 'footer'],
      ['Products', 'nav'],
      ['Contact', 'header'],
      ['Post', 'main'],
    ]);
  });
});
