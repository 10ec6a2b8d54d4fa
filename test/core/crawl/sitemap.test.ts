import { describe, expect, it } from 'vitest';
import { parseSitemap } from '../../../src/core/crawl/sitemap.js';

describe('parseSitemap', () => {
  it('reads a urlset', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.com/</loc><lastmod>2024-01-01</lastmod></url>
        <url><loc> https://example.com/kontakt </loc></url>
        <url><loc>javascript:alert(1)</loc></url>
      </urlset>`;
    expect(parseSitemap(xml)).toEqual({ urls: ['https://example.com/', 'https://example.com/kontakt'], sitemaps: [] });
  });

  it('reads a sitemap index', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://example.com/sitemap-pages.xml</loc></sitemap>
        <sitemap><loc>https://example.com/sitemap-posts.xml</loc></sitemap>
      </sitemapindex>`;
    expect(parseSitemap(xml)).toEqual({ urls: [], sitemaps: ['https://example.com/sitemap-pages.xml', 'https://example.com/sitemap-posts.xml'] });
  });

  it('yields nothing for HTML or garbage, without throwing', () => {
    expect(parseSitemap('<html><body>Not found</body></html>')).toEqual({ urls: [], sitemaps: [] });
    expect(parseSitemap('<<<>>> not xml')).toEqual({ urls: [], sitemaps: [] });
  });

  it('bounds the number of URLs read from one file', () => {
    const xml = `<urlset>${Array.from({ length: 10_050 }, (_, i) => `<url><loc>https://example.com/p${i}</loc></url>`).join('')}</urlset>`;
    expect(parseSitemap(xml).urls).toHaveLength(10_000);
  });
});
