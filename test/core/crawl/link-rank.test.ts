import { describe, expect, it } from 'vitest';
import { linkScore, rankLinks, urlContactWeight } from '../../../src/core/crawl/link-rank.js';
import type { PageLink } from '../../../src/core/types.js';

const link = (url: string, text: string, region: PageLink['region'] = 'main'): PageLink => ({ url: `https://example.com${url}`, text, region });

describe('link ranking', () => {
  it('puts contact-like links first, then header/footer links, then the rest, in document order', () => {
    const links = [
      link('/blog', 'Blog'),
      link('/products', 'Products', 'nav'),
      link('/about', 'About us'),
      link('/x1', 'Contact'),
      link('/terms', 'Terms', 'footer'),
      link('/news', 'News'),
    ];
    expect(rankLinks(links).map((l) => l.url.slice(19))).toEqual(['/x1', '/about', '/products', '/terms', '/blog', '/news']);
  });

  it.each([
    ['Kontakt', 'de'],
    ['Impressum', 'de'],
    ['Kundenservice', 'de'],
    ['Über uns', 'de'],
    ['Nous contacter', 'fr'],
    ['Mentions légales', 'fr'],
    ['À propos', 'fr'],
    ['Contacto', 'es'],
    ['Aviso legal', 'es'],
    ['Atención al cliente', 'es'],
    ['Contatti', 'it'],
    ['Assistenza', 'it'],
    ['Chi siamo', 'it'],
    ['Klantenservice', 'nl'],
    ['Over ons', 'nl'],
    ['Fale conosco', 'pt'],
    ['Suporte', 'pt'],
    ['Customer Service', 'en'],
    ['Help Center', 'en'],
    ['Sales', 'en'],
    ['Imprint', 'en'],
    ['Locations', 'en'],
    ['Legal notice', 'en'],
  ])('ranks "%s" (%s) as contact-like', (text) => {
    expect(linkScore(link('/x', text))).toBeGreaterThan(linkScore(link('/x', 'Products', 'footer')));
  });

  it('reads words in the URL when the text has none', () => {
    expect(urlContactWeight('https://example.com/de/kontakt.html')).toBe(3);
    expect(urlContactWeight('https://example.com/ueber-uns')).toBe(2);
    expect(urlContactWeight('https://example.com/%C3%BCber-uns')).toBe(2);
    expect(urlContactWeight('https://example.com/es/quienes-somos')).toBe(2);
    expect(urlContactWeight('https://example.com/fr/mentions-legales')).toBe(3);
    expect(urlContactWeight('https://example.com/nous-contacter')).toBe(3);
    expect(urlContactWeight('https://example.com/contact-us/')).toBe(3);
    expect(urlContactWeight('https://example.com/products/widget')).toBe(0);
    expect(linkScore(link('/kontakt', ''))).toBeGreaterThan(linkScore(link('/x', '', 'header')));
  });

  it('weighs the link text a little over URL words', () => {
    expect(linkScore(link('/page-1', 'Contact'))).toBeGreaterThan(linkScore(link('/contact', 'Read more')));
  });

  it('does not rank words that merely contain a contact word inside them', () => {
    expect(linkScore(link('/x', 'Uncontactable widgets'))).toBe(0);
    expect(linkScore(link('/x', 'Products'))).toBe(0);
  });
});
