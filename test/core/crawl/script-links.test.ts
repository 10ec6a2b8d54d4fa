import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../src/core/crawl/page-links.js';
import { parsePage } from '../../../src/core/page/parsed-page.js';

const O = 'https://vendor.example';
const links = (body: string) => pageLinks(parsePage(`${O}/`, `<html><body>${body}</body></html>`)).map((l) => [l.url.slice(O.length), l.text]);

describe('pageLinks: navigation built by scripts', () => {
  it('reads data-href buttons and menu JSON, with their words', () => {
    const body = `<nav><button data-href="/support">Support</button><li data-url="/about">About us</li></nav>
      <script type="application/json" id="menu">{"menu":[{"label":"Contact","href":"/contact"},{"title":"Returns","children":[{"name":"Service","url":"https://vendor.example/service"}]}]}</script>`;
    expect(links(body)).toEqual([
      ['/support', 'Support'],
      ['/about', 'About us'],
      ['/contact', 'Contact'],
      ['/service', 'Service'],
    ]);
  });

  it('ignores other hosts, protocol-relative and non-link values, and broken or executable JSON', () => {
    const body = `<div data-href="//cdn.example/x.js">x</div><div data-href="javascript:alert(1)">y</div>
      <script type="application/json">{"href":"https://elsewhere.example/contact","url":"not a link","path":"#top"}</script>
      <script type="application/json">{broken</script><script>var nav = {"href": "/from-code"}</script>`;
    expect(links(body)).toEqual([]);
  });

  it('a real link keeps its own words over the same target in data', () => {
    expect(links('<main><a href="/contact">Contact us</a><span data-href="/contact">Go</span></main>')).toEqual([['/contact', 'Contact us']]);
  });
});
