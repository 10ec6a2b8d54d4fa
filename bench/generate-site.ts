// A generated vendor site of about 500 pages for the crawl benchmark: navigation, footer,
// category, product and review pages, with contacts placed at depths 1 to 4 from the home page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedSite {
  root: string;
  pages: number;
  /** The contacts and the fewest clicks to each from "/". */
  contacts: { kind: 'phone' | 'email'; value: string; depth: number }[];
}

const CATEGORIES = 12;
const PRODUCTS_PER_CATEGORY = 32;
const REVIEW_PAGES = 90;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Northwind Tools</title></head><body>
<header><a href="/">Northwind Tools</a><nav>${Array.from({ length: CATEGORIES }, (_, c) => `<a href="/category/${c}">Category ${c}</a>`).join(' ')}
<a href="/about">About us</a> <a href="/help">Help</a></nav></header>
<main><h1>${title}</h1>${body}</main>
<footer><a href="/contact">Contact</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/blog">Blog</a></footer>
</body></html>`;
}

export function generateSite(root: string): GeneratedSite {
  const files = new Map<string, string>();
  const sku = (c: number, p: number) => `NW-${(c * 1000 + p).toString().padStart(6, '0')}`;
  files.set(
    'index',
    page(
      'Home',
      `<p>Tools for every trade since 1987.</p>${Array.from({ length: 6 }, (_, i) => `<a href="/category/${i}/product/0">Featured ${i}</a>`).join(' ')}`,
    ),
  );
  // Depth 1: the contact page (in every footer) has the general email.
  files.set(
    'contact',
    page(
      'Contact',
      '<p>Write to <a href="mailto:hello@northwind.example">hello@northwind.example</a>.</p><p>Support questions? See <a href="/help/contact-support">Contact support</a>.</p>',
    ),
  );
  // Depth 2: the support phone, under Help.
  files.set('help/index', page('Help', '<p>Browse the FAQ.</p><a href="/help/contact-support">Contact support</a>'));
  files.set('help/contact-support', page('Contact support', '<h2>Customer support</h2><p>Call support: <a href="tel:+12025550143">(202) 555-0143</a></p>'));
  // Depth 3: the sales phone, About → Company → Corporate contacts.
  files.set('about/index', page('About us', '<p>Family owned.</p><a href="/about/company">Company</a>'));
  files.set('about/company', page('Company', '<p>Our history.</p><a href="/about/company/corporate-contacts">Corporate contacts</a>'));
  files.set(
    'about/company/corporate-contacts',
    page('Corporate contacts', '<h2>Sales</h2><p>Sales team: (202) 555-0178</p><a href="/about/company/corporate-contacts/press">Press office</a>'),
  );
  // Depth 4: beyond the default depth limit.
  files.set('about/company/corporate-contacts/press', page('Press', '<p>Press: <a href="mailto:press@northwind.example">press@northwind.example</a></p>'));
  for (const name of ['terms', 'privacy']) files.set(name, page(name, '<p>Legal text. '.repeat(40) + '</p>'));
  files.set('blog/index', page('Blog', Array.from({ length: REVIEW_PAGES }, (_, r) => `<a href="/reviews/${r}">Review ${r}</a>`).join(' ')));
  for (let c = 0; c < CATEGORIES; c++) {
    const links = Array.from(
      { length: PRODUCTS_PER_CATEGORY },
      (_, p) => `<li><a href="/category/${c}/product/${p}">Product ${sku(c, p)}</a> $${(19 + p * 3).toFixed(2)}</li>`,
    );
    files.set(`category/${c}/index`, page(`Category ${c}`, `<ul>${links.join('')}</ul>`));
    for (let p = 0; p < PRODUCTS_PER_CATEGORY; p++) {
      const review = (c * PRODUCTS_PER_CATEGORY + p) % REVIEW_PAGES;
      files.set(
        `category/${c}/product/${p}`,
        page(
          `Product ${sku(c, p)}`,
          `<p>SKU ${sku(c, p)} · EAN 40${(12345678901 + c * 100 + p).toString()} · $${(19 + p * 3).toFixed(2)} · in stock since 2024-05-${(p % 28) + 1}</p><a href="/reviews/${review}">Reviews</a> <a href="/category/${c}/product/${(p + 1) % PRODUCTS_PER_CATEGORY}">Next product</a>`,
        ),
      );
    }
  }
  for (let r = 0; r < REVIEW_PAGES; r++) files.set(`reviews/${r}`, page(`Review ${r}`, `<p>${'Great drill, 5 stars. '.repeat(20)}</p>`));
  for (const [path, html] of files) {
    const file = join(root, `${path}.html`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
  }
  return {
    root,
    pages: files.size,
    contacts: [
      { kind: 'email', value: 'hello@northwind.example', depth: 1 },
      { kind: 'phone', value: '+12025550143', depth: 2 },
      { kind: 'phone', value: '+12025550178', depth: 3 },
      { kind: 'email', value: 'press@northwind.example', depth: 4 },
    ],
  };
}
