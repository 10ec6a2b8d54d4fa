// Six shapes of real vendor sites (issue #13), generated: each is a map of absolute URL → HTML.
// The contacts sit where such sites put them; the benchmark compares what the default audit finds
// with what an exhaustive crawl of the same site finds (site-shapes-bench.ts).
import { a, filler, list, shell } from './page-shell.js';

export interface SiteShape {
  id: string;
  label: string;
  start: string;
  /** The start host's registrable domain, as the CLI passes it. */
  siteDomain: string;
  /** On a multilingual shape, the shopper's language folder: pages read in other folders are counted. */
  language?: string;
  pages: Map<string, string>;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const NEUTRAL = 'Kitchen Garden Tools Lighting Bath Bedroom Office Outdoor Storage Decor Textiles Paint'.split(' ');
const KINDS = 'Knives Pans Chairs Lamps Towels Rugs Desks Shelves Boxes Vases Hooks Brushes'.split(' ');

/** Mega-menu retail: 12 × 8 menu, 32 footer links, 2,000 product pages of 30–80 KB. */
export function megaMenuRetail(): SiteShape {
  const O = 'https://www.homestore.example';
  const pages = new Map<string, string>();
  const menu = range(12).flatMap((d) => range(8).map((c): [string, string] => [`/c/${d}-${c}`, `${NEUTRAL[d]} ${KINDS[(d + c) % 12]}`]));
  const footerLinks: [string, string][] = [
    ['/about', 'About us'],
    ['/contact', 'Contact'],
    ['/help', 'Help'],
    ['/legal/imprint', 'Legal notice'],
    ...range(28).map((i): [string, string] => [`/brand/${i}`, `Brand ${String.fromCharCode(65 + (i % 26))}${i}`]),
  ];
  const nav = menu.map(([h, t]) => a(h, t)).join(' ');
  const footer = footerLinks.map(([h, t]) => a(h, t)).join(' · ');
  const put = (path: string, title: string, main: string) => pages.set(O + path, shell({ title, nav, main, footer }));
  put('/', 'Home Store', list(menu.slice(0, 20)) + filler(1, 20_000));
  put(
    '/contact',
    'Contact',
    `<p>Sales enquiries: ${a('mailto:sales@homestore.example', 'sales@homestore.example')}</p>${a('/help/contact-support', 'Contact support')}`,
  );
  put(
    '/help',
    'Help',
    list([...range(20).map((i): [string, string] => [`/help/topic-${i}`, `Delivery question ${i}`]), ['/help/contact-support', 'Contact support']]),
  );
  for (const i of range(20)) put(`/help/topic-${i}`, `Delivery question ${i}`, filler(i, 3_000));
  put(
    '/help/contact-support',
    'Contact support',
    `<p>Support line: <a href="tel:+442079460000">020 7946 0000</a></p>${a('/help/contact-support/returns', 'Returns desk')}`,
  );
  put('/help/contact-support/returns', 'Returns desk', `<p>Returns: ${a('mailto:returns@homestore.example', 'returns@homestore.example')}</p>`);
  put('/about', 'About us', `<p>Family owned since 1952.</p>${a('/about/history', 'Our history')}`);
  put('/about/history', 'Our history', filler(3, 5_000));
  put('/legal/imprint', 'Legal notice', '<p>Home Store Ltd, 10 Downing Street, London SW1A 2AA. Registered in England 01234567.</p>');
  for (const i of range(28)) put(`/brand/${i}`, `Brand ${i}`, filler(100 + i, 4_000));
  let product = 0;
  for (const [d, c] of range(96).map((i) => [Math.floor(i / 8), i % 8])) {
    const products = range(21).map((): [string, string] => [`/p/${product}`, `Item ${product++}`]);
    put(`/c/${d}-${c}`, `${NEUTRAL[d as number]} ${KINDS[((d as number) + (c as number)) % 12]}`, list(products) + filler(d as number, 8_000));
    for (const [href] of products) {
      const n = Number(href.slice(3));
      put(href, `Item ${n}`, filler(n, 30_000 + ((n * 7919) % 50_000)) + list([[`/p/${(n + 1) % 2016}`, 'Related item']]));
    }
  }
  return { id: 'mega-menu', label: 'mega-menu retail', start: `${O}/`, siteDomain: 'homestore.example', pages };
}

/** SaaS: thousands of blog and docs pages; sales and support behind the footer. */
export function saasDocs(): SiteShape {
  const O = 'https://www.cloudapp.example';
  const pages = new Map<string, string>();
  const nav = [a('/product', 'Product'), a('/pricing', 'Pricing'), a('/docs', 'Docs'), a('/blog', 'Blog'), a('/company', 'Company')].join(' ');
  const footer = [
    a('/contact-sales', 'Contact sales'),
    a('/support', 'Support'),
    a('/status', 'Status'),
    a('/security', 'Security'),
    ...range(16).map((i) => a(`/integrations/${i}`, `Integration ${i}`)),
  ].join(' · ');
  const put = (path: string, title: string, main: string) => pages.set(O + path, shell({ title, nav, main, footer }));
  put('/', 'CloudApp', filler(1, 15_000));
  for (const p of ['/product', '/pricing', '/status', '/security']) put(p, p.slice(1), filler(p.length, 6_000));
  for (const i of range(16)) put(`/integrations/${i}`, `Integration ${i}`, filler(i, 4_000));
  put(
    '/contact-sales',
    'Contact sales',
    '<p>Talk to sales: +1 415 555 0199</p><form action="/lead" method="post"><input name="email"><textarea name="message"></textarea><button>Send</button></form>',
  );
  put('/support', 'Support', `<p>Read the docs or ${a('/support/contact', 'contact support')}.</p>`);
  put('/support/contact', 'Contact support', `<p>Email ${a('mailto:support@cloudapp.example', 'support@cloudapp.example')}</p>`);
  put('/company', 'Company', `${a('/company/contact', 'Contact us')} ${a('/company/careers', 'Careers')}`);
  put('/company/careers', 'Careers', filler(9, 5_000));
  put('/company/contact', 'Contact us', '<p>CloudApp Inc., 500 Howard Street, San Francisco, CA 94105</p><p>hello@cloudapp.example</p>');
  const posts = 3_000;
  for (const page of range(posts / 50)) {
    const links = range(50).map((i): [string, string] => [`/blog/post-${page * 50 + i}`, `Post ${page * 50 + i}`]);
    put(
      page ? `/blog?page=${page + 1}` : '/blog',
      `Blog page ${page + 1}`,
      list(links) + (page < posts / 50 - 1 ? a(`/blog?page=${page + 2}`, 'Older posts') : ''),
    );
  }
  for (const i of range(posts))
    put(
      `/blog/post-${i}`,
      `Post ${i}`,
      filler(i, 12_000) + list(range(5).map((k): [string, string] => [`/blog/post-${(i + k + 1) % posts}`, `Post ${(i + k + 1) % posts}`])),
    );
  const docs = 1_500;
  put('/docs', 'Docs', list(range(100).map((i): [string, string] => [`/docs/${i}`, `Guide ${i}`])));
  for (const i of range(docs))
    put(
      `/docs/${i}`,
      `Guide ${i}`,
      filler(i + 7, 10_000) + list(range(20).map((k): [string, string] => [`/docs/${(i * 7 + k) % docs}`, `Guide ${(i * 7 + k) % docs}`])),
    );
  return { id: 'saas', label: 'SaaS with blog and docs', start: `${O}/`, siteDomain: 'cloudapp.example', pages };
}

/** Multilingual: /en/, /de/, /fr/, /es/, /it/ with a switcher on every page; the shopper reads English. */
export function multilingual(): SiteShape {
  const O = 'https://www.euroshop.example';
  const pages = new Map<string, string>();
  const langs = ['en', 'de', 'fr', 'es', 'it'];
  const words: Record<string, [string, string, string]> = {
    en: ['Contact', 'About us', 'Our offices'],
    de: ['Kontakt', 'Über uns', 'Standorte'],
    fr: ['Contact', 'À propos', 'Nos bureaux'],
    es: ['Contacto', 'Sobre nosotros', 'Oficinas'],
    it: ['Contatti', 'Chi siamo', 'Sedi'],
  };
  for (const l of langs) {
    const [contact, about, offices] = words[l] as [string, string, string];
    const header = langs.map((x) => a(`/${x}/`, x.toUpperCase())).join(' ');
    const nav = range(30)
      .map((i) => a(`/${l}/c/${i}`, `${NEUTRAL[i % 12]} ${i}`))
      .join(' ');
    const footer = [a(`/${l}/contact`, contact), a(`/${l}/about`, about)].join(' · ');
    const put = (path: string, title: string, main: string) => pages.set(`${O}/${l}${path}`, shell({ title, lang: l, header, nav, main, footer }));
    put('/', 'Euroshop', filler(1, 10_000));
    put('/contact', contact, `<p>+49 30 901820</p><p>${a('mailto:service@euroshop.example', 'service@euroshop.example')}</p>`);
    put('/about', about, a(`/${l}/about/offices`, offices));
    put('/about/offices', offices, '<p>Sales office: +49 89 1234560</p>');
    for (const i of range(30)) {
      put(`/c/${i}`, `${NEUTRAL[i % 12]} ${i}`, list(range(10).map((k): [string, string] => [`/${l}/p/${i * 10 + k}`, `Item ${i * 10 + k}`])));
      for (const k of range(10)) put(`/p/${i * 10 + k}`, `Item ${i * 10 + k}`, filler(i * 10 + k, 8_000));
    }
  }
  return { id: 'multilingual', label: 'multilingual (/en/ … /it/)', start: `${O}/en/`, siteDomain: 'euroshop.example', language: 'en', pages };
}

/** A help centre on a subdomain: the support phone lives on help.gadgets.example. */
export function helpSubdomain(): SiteShape {
  const O = 'https://www.gadgets.example';
  const H = 'https://help.gadgets.example';
  const pages = new Map<string, string>();
  const nav = range(40)
    .map((i) => a(`/c/${i}`, `${NEUTRAL[i % 12]} ${KINDS[i % 12]}`))
    .join(' ');
  const footer = [a(`${H}/`, 'Help centre'), a('/about', 'About us'), ...range(10).map((i) => a(`/info/${i}`, `Info ${i}`))].join(' · ');
  const put = (path: string, title: string, main: string) => pages.set(O + path, shell({ title, nav, main, footer }));
  put('/', 'Gadgets', filler(1, 15_000));
  put('/about', 'About us', '<p>Gadgets GmbH, Lindenallee 7, 50968 Köln</p>');
  for (const i of range(10)) put(`/info/${i}`, `Info ${i}`, filler(i, 3_000));
  for (const i of range(40)) {
    put(`/c/${i}`, `Category ${i}`, list(range(25).map((k): [string, string] => [`/p/${i * 25 + k}`, `Gadget ${i * 25 + k}`])));
    for (const k of range(25)) put(`/p/${i * 25 + k}`, `Gadget ${i * 25 + k}`, filler(i * 25 + k, 10_000));
  }
  const helpNav = [a(`${H}/`, 'Help home'), a(`${O}/`, 'Shop')].join(' ');
  const putHelp = (path: string, title: string, main: string) => pages.set(H + path, shell({ title, nav: helpNav, main }));
  putHelp('/', 'Help centre', list([...range(30).map((i): [string, string] => [`/article/${i}`, `How to set up ${i}`]), ['/contact', 'Contact us']]));
  for (const i of range(30)) putHelp(`/article/${i}`, `How to set up ${i}`, filler(i, 4_000));
  putHelp('/contact', 'Contact us', '<p>Support hotline: +49 221 9876540</p>');
  return { id: 'help-subdomain', label: 'help centre on a subdomain', start: `${O}/`, siteDomain: 'gadgets.example', pages };
}

/** Navigation built by scripts: the menu is JSON, the buttons carry data-href. */
export function scriptNavigation(): SiteShape {
  const O = 'https://www.spa.example';
  const pages = new Map<string, string>();
  const menu = JSON.stringify({
    menu: [
      ...range(20).map((i) => ({ label: `${NEUTRAL[i % 12]} ${i}`, href: `/shop/${i}` })),
      { label: 'Support', href: '/support' },
      { label: 'Company', href: '/company' },
    ],
  });
  const nav = `<script type="application/json" id="menu">${menu}</script>`;
  const footer = `<button data-href="/contact">Contact</button>`;
  const put = (path: string, title: string, main: string) => pages.set(O + path, shell({ title, nav, main, footer }));
  put('/', 'SPA Store', filler(1, 10_000));
  put('/contact', 'Contact', `<p>${a('mailto:hi@spa.example', 'hi@spa.example')}</p>`);
  put('/support', 'Support', '<div data-href="/support/phone">Call us</div>');
  put('/support/phone', 'Call us', '<p>Support: +1 312 555 0101</p>');
  put('/company', 'Company', filler(2, 4_000));
  for (const i of range(20)) {
    put(
      `/shop/${i}`,
      `Shop ${i}`,
      range(20)
        .map((k) => `<div data-href="/item/${i * 20 + k}">Item ${i * 20 + k}</div>`)
        .join(''),
    );
    for (const k of range(20)) put(`/item/${i * 20 + k}`, `Item ${i * 20 + k}`, filler(i * 20 + k, 8_000));
  }
  return { id: 'script-nav', label: 'navigation built by scripts', start: `${O}/`, siteDomain: 'spa.example', pages };
}

/** Faceted filters and sort orders: every category links to its variants, which link to theirs. */
export function facetedTraps(): SiteShape {
  const O = 'https://www.fashion.example';
  const pages = new Map<string, string>();
  const colours = ['red', 'blue', 'green', 'black', 'white'];
  const sizes = ['s', 'm', 'l', 'xl'];
  const sorts = ['price', 'new', 'rating'];
  const nav = range(10)
    .map((i) => a(`/cat/${i}`, `${NEUTRAL[i]} wear`))
    .join(' ');
  const footer = [a('/customer-service', 'Customer service'), a('/about', 'About us')].join(' · ');
  const put = (path: string, title: string, main: string) => pages.set(O + path, shell({ title, nav, main, footer }));
  put('/', 'Fashion', filler(1, 10_000));
  put('/customer-service', 'Customer service', `<p>Hotline 0800 123 4567</p>${a('/customer-service/write', 'Write to us')}`);
  put('/customer-service/write', 'Write to us', `<p>${a('mailto:care@fashion.example', 'care@fashion.example')}</p>`);
  put('/about', 'About us', '<p>Fashion BV, Keizersgracht 123, 1015 CJ Amsterdam</p>');
  for (const i of range(10)) {
    const facets = (base: string) =>
      colours.flatMap((c) => sizes.flatMap((s) => sorts.map((o): [string, string] => [`${base}?colour=${c}&size=${s}&sort=${o}`, `${c} ${s} by ${o}`])));
    const products = list(range(12).map((k): [string, string] => [`/item/${i * 12 + k}`, `Item ${i * 12 + k}`]));
    put(`/cat/${i}`, `Category ${i}`, list(facets(`/cat/${i}`)) + products);
    for (const [href] of facets(`/cat/${i}`)) put(href, `Category ${i} filtered`, list(facets(`/cat/${i}`).slice(0, 20)) + products);
    for (const k of range(12)) put(`/item/${i * 12 + k}`, `Item ${i * 12 + k}`, filler(i * 12 + k, 8_000));
  }
  return { id: 'faceted', label: 'faceted filters and sort orders', start: `${O}/`, siteDomain: 'fashion.example', pages };
}

export const SITE_SHAPES = [megaMenuRetail, saasDocs, multilingual, helpSubdomain, scriptNavigation, facetedTraps];
