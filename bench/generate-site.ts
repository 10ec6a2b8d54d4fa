// A generated vendor site of about 500 pages for the crawl benchmark: navigation, footer,
// category, product and review pages, with contacts placed at depths 1 to 4 from the home page.
// generateBigSite: the same vendor as a 10,000-page retail site, for the memory benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filler } from './site-shapes/page-shell.js';

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
  for (const [path, html] of contactPages(page)) files.set(path, html);
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
  return { root, pages: writeFiles(root, files), contacts: CONTACTS };
}

/** The contact pages both sites share, in `page`'s template: contacts at depths 1 to 4 from the home page. */
function contactPages(page: (title: string, body: string) => string): [string, string][] {
  return [
    // Depth 1: the contact page (in every footer) has the general email.
    [
      'contact',
      page(
        'Contact',
        '<p>Write to <a href="mailto:hello@northwind.example">hello@northwind.example</a>.</p>' +
          '<p>Support questions? See <a href="/help/contact-support">Contact support</a>.</p>',
      ),
    ],
    // Depth 2: the support phone, under Help.
    ['help/index', page('Help', '<p>Browse the FAQ.</p><a href="/help/contact-support">Contact support</a>')],
    ['help/contact-support', page('Contact support', '<h2>Customer support</h2><p>Call support: <a href="tel:+12025550143">(202) 555-0143</a></p>')],
    // Depth 3: the sales phone, About → Company → Corporate contacts.
    ['about/index', page('About us', '<p>Family owned.</p><a href="/about/company">Company</a>')],
    ['about/company', page('Company', '<p>Our history.</p><a href="/about/company/corporate-contacts">Corporate contacts</a>')],
    [
      'about/company/corporate-contacts',
      page('Corporate contacts', '<h2>Sales</h2><p>Sales team: (202) 555-0178</p><a href="/about/company/corporate-contacts/press">Press office</a>'),
    ],
    // Depth 4: beyond the default depth limit.
    ['about/company/corporate-contacts/press', page('Press', '<p>Press: <a href="mailto:press@northwind.example">press@northwind.example</a></p>')],
  ];
}

const CONTACTS: GeneratedSite['contacts'] = [
  { kind: 'email', value: 'hello@northwind.example', depth: 1 },
  { kind: 'phone', value: '+12025550143', depth: 2 },
  { kind: 'phone', value: '+12025550178', depth: 3 },
  { kind: 'email', value: 'press@northwind.example', depth: 4 },
];

/** Writes `files` ("a/b" → root/a/b.html); returns how many. */
function writeFiles(root: string, files: Map<string, string>): number {
  for (const [path, html] of files) {
    const file = join(root, `${path}.html`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
  }
  return files.size;
}

/** The big site's template: a mega-menu (every subcategory, as retail sites have), breadcrumbs, a search box, a 30-link footer. */
const BIG = { categories: 20, subcategories: 10, perListing: 24, brands: 16 };
const NOUNS = ['drills', 'saws', 'sanders', 'grinders', 'routers', 'clamps', 'chisels', 'planes', 'levels', 'wrenches', 'ladders', 'lamps'];
const ADJECTIVES = ['cordless', 'heavy-duty', 'compact', 'brushless', 'precision', 'pro', 'classic', 'garden', 'workshop', 'outdoor'];
const FOOTER_PAGES = ['terms', 'privacy', 'shipping', 'returns', 'careers', 'warranty', 'stores', 'gift-cards', 'accessibility', 'sustainability'];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const categoryName = (c: number) => `${ADJECTIVES[c % ADJECTIVES.length]} ${NOUNS[c % NOUNS.length]}`;
const subName = (c: number, s: number) => `${ADJECTIVES[(c + s + 3) % ADJECTIVES.length]} ${NOUNS[(c * 7 + s) % NOUNS.length]} ${s + 1}`;
const subPath = (c: number, s: number, listing = 1) =>
  `shop/${slug(categoryName(c))}-${c}/${slug(subName(c, s))}${listing > 1 ? `/page/${listing}` : '/index'}`;
const productPath = (n: number) => `product/${NOUNS[n % NOUNS.length]}-nw-${n}`;
const price = (n: number) => `$${(9 + ((n * 37) % 480)).toFixed(2)}`;
const href = (path: string) => `/${path.replace(/\/?index$/, '')}`;

function bigPage(title: string, body: string, crumbs: [string, string][] = []): string {
  const menu = Array.from({ length: BIG.categories }, (_, c) => {
    const subs = Array.from({ length: BIG.subcategories }, (_, s) => `<li><a href="${href(subPath(c, s))}">${subName(c, s)}</a></li>`);
    return `<li><a href="${href(subPath(c, 0))}">${categoryName(c)}</a><ul class="mega">${subs.join('')}</ul></li>`;
  });
  const footer = FOOTER_PAGES.map((p) => `<a href="/${p}">${p.replace('-', ' ')}</a>`).join(' · ');
  const brands = Array.from({ length: BIG.brands }, (_, i) => `<a href="/brand/${i}">Brand ${String.fromCharCode(65 + i)}</a>`).join(' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Northwind Tools</title>
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/assets/site.css"></head><body>
<header><a href="/"><img src="/assets/logo.svg" alt="Northwind Tools home"></a>
<form action="/search" role="search"><input name="q" placeholder="Search 10,000 tools"><button>Search</button></form>
<nav><ul class="menu">${menu.join('')}</ul><a href="/about">About us</a> <a href="/help">Help</a></nav></header>
<main><ol class="crumbs"><li><a href="/">Home</a></li>${crumbs.map(([h, t]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ol><h1>${title}</h1>${body}</main>
<footer><a href="/contact">Contact</a> · <a href="/blog">Blog</a> · ${footer}<p>${brands}</p>
<p>© 1987–2025 Northwind Tools Inc. All prices include VAT.</p></footer>
</body></html>`;
}

function productCard(n: number): string {
  const name = `${subName(n % BIG.categories, n % BIG.subcategories)} NW-${String(n).padStart(6, '0')}`;
  const image = `<img src="/img/${n}.jpg" alt="${name}" loading="lazy">`;
  return `<li class="card"><a href="${href(productPath(n))}">${image}${name}</a> <span class="price">${price(n)}</span><p>${filler(n, 160)}</p></li>`;
}

/**
 * The memory benchmark's site: `total` pages (default 10,000) of 20–60 KB in a retail template,
 * with the same contacts as generateSite's at the same depths, every page within 8 clicks.
 * Products fill 20 categories × 10 subcategories, 24 to a listing page (page 2 and 3 one click
 * apart); the pages left over are blog posts.
 */
export function generateBigSite(root: string, total = 10_000): GeneratedSite {
  const files = new Map<string, string>();
  const subs = BIG.categories * BIG.subcategories;
  const listings = (products: number) => subs * Math.ceil(products / subs / BIG.perListing);
  // The home page, the blog's index, contactPages' 7, the footer's pages and the brands'.
  const fixed = 2 + 7 + FOOTER_PAGES.length + BIG.brands;
  let products = total - fixed - subs;
  while (products > 0 && fixed + listings(products) + products > total) products--;
  const perSub = Math.ceil(products / subs);
  const productsOf = (c: number, s: number) => {
    const first = (c * BIG.subcategories + s) * perSub;
    return Array.from({ length: Math.max(0, Math.min(perSub, products - first)) }, (_, i) => first + i);
  };
  files.set(
    'index',
    bigPage('Home', `<ul class="featured">${Array.from({ length: 24 }, (_, i) => productCard((i * 97) % products)).join('')}</ul>${filler(1, 8_000)}`),
  );
  for (const [path, html] of contactPages((title, body) => bigPage(title, body))) files.set(path, html);
  for (const name of FOOTER_PAGES) files.set(name, bigPage(name, filler(name.length, 6_000)));
  for (let i = 0; i < BIG.brands; i++) files.set(`brand/${i}`, bigPage(`Brand ${String.fromCharCode(65 + i)}`, filler(200 + i, 4_000)));
  for (let c = 0; c < BIG.categories; c++) {
    for (let s = 0; s < BIG.subcategories; s++) {
      const items = listingChunks(productsOf(c, s));
      const crumbs: [string, string][] = [[href(subPath(c, 0)), categoryName(c)]];
      items.forEach((chunk, i) => {
        const pager = items.map((_, j) => (j === i ? `<b>${j + 1}</b>` : `<a href="${href(subPath(c, s, j + 1))}">${j + 1}</a>`)).join(' ');
        files.set(
          subPath(c, s, i + 1),
          bigPage(subName(c, s), `<ul class="grid">${chunk.map(productCard).join('')}</ul><p class="pager">${pager}</p>`, crumbs),
        );
      });
      for (const n of items.flat()) {
        const related = Array.from({ length: 8 }, (_, k) => productCard((n + k + 1) % products)).join('');
        const specs = Array.from({ length: 10 }, (_, k) => `<tr><th>${NOUNS[k]}</th><td>${(n * (k + 3)) % 1000} mm</td></tr>`).join('');
        const prose = filler(n, 2_000 + ((n * 7919) % 33_000));
        const body = `<p class="price">${price(n)}</p><table>${specs}</table>${prose}<h2>Related</h2><ul>${related}</ul>`;
        files.set(productPath(n), bigPage(`${subName(c, s)} NW-${String(n).padStart(6, '0')}`, body, [...crumbs, [href(subPath(c, s)), subName(c, s)]]));
      }
    }
  }
  const posts = total - files.size - 1;
  files.set(
    'blog/index',
    bigPage('Blog', `<ul>${Array.from({ length: posts }, (_, i) => `<li><a href="/blog/post-${i}">Workshop notes ${i}</a></li>`).join('')}</ul>`),
  );
  for (let i = 0; i < posts; i++) files.set(`blog/post-${i}`, bigPage(`Workshop notes ${i}`, filler(5_000 + i, 12_000)));
  return { root, pages: writeFiles(root, files), contacts: CONTACTS };
}

/** A subcategory's products, 24 to a listing page. */
function listingChunks(products: number[]): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < products.length; i += BIG.perListing) chunks.push(products.slice(i, i + BIG.perListing));
  return chunks.length ? chunks : [[]];
}
