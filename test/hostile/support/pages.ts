// Small HTML builders for hostile pages: a full document with lang, title, header/nav, main, footer.

export interface PageParts {
  title?: string;
  lang?: string;
  head?: string;
  nav?: string;
  main?: string;
  footer?: string;
}

export function page(p: PageParts = {}): string {
  return [
    '<!doctype html>',
    `<html lang="${p.lang ?? 'en'}"><head><meta charset="utf-8"><title>${p.title ?? 'Vendor'}</title>${p.head ?? ''}</head>`,
    `<body><header><nav>${p.nav ?? ''}</nav></header>`,
    `<main>${p.main ?? ''}</main>`,
    `<footer>${p.footer ?? ''}</footer></body></html>`,
  ].join('\n');
}

/** `<a>` elements from [href, text] pairs. */
export function links(pairs: [string, string][]): string {
  return pairs.map(([href, text]) => `<a href="${href}">${text}</a>`).join('\n');
}

/** A contact page with a sales phone and a support email, for "the crawl went on" checks. */
export const CONTACT_PAGE = page({
  title: 'Contact us',
  main: '<h1>Contact us</h1><p>Sales: call <a href="tel:+12025550143">(202) 555-0143</a></p><p>Support: <a href="mailto:help@vendor.example">help@vendor.example</a></p>',
});
export const CONTACT_PHONE = '+12025550143';
export const CONTACT_EMAIL = 'help@vendor.example';
