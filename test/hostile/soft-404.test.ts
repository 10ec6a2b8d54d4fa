// Soft 404s: a server that answers 200 "Page not found" for any path. Such a page is recorded in
// crawl.errors as kind 'soft-404', is not analysed (no findings, no links followed), and a
// Contact link to it does not count as a contact page; a real contact page that mentions "404"
// is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { softNotFoundReason } from '../../src/core/crawl/soft-404.js';
import type { Report } from '../../src/core/report/schema.js';
import { audit, errorsByPath, explain, findingValues, pathOf } from './support/audit.js';
import { CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, redirectRoute, startServer, type HostileServer } from './support/server.js';

const servers: HostileServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<HostileServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The error template's own footer number: must never become a finding. */
const TEMPLATE_PHONE = '+12025550111';
const softNotFound = (title: string, h1: string, lang = 'en') =>
  page({
    lang,
    title,
    main: `<h1>${h1}</h1><p>Try the search, or go back home.</p>${links([
      ['contact/', 'Contact'],
      ['home/', 'Home'],
    ])}`,
    footer: `<p>Hotline <a href="tel:${TEMPLATE_PHONE}">(202) 555-0111</a></p>`,
  });

const check = (report: Report, id: string) => report.checks.find((c) => c.id === id);
const requested = (s: HostileServer) => s.paths().filter((p) => p !== '/robots.txt');

describe('soft 404s', () => {
  it('records a Contact link to a soft 404 as broken: not a contact page, no findings from it, its links not followed', async () => {
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/contact', 'Contact'],
              ['/about', 'About us'],
            ]),
            main: '<p>Welcome</p>',
          }),
        ),
        '/about': htmlRoute(page({ title: 'About us', main: '<p>Family owned since 1987.</p>' })),
      },
      fallback: htmlRoute(softNotFound('Page not found – Vendor', 'Oops! Page not found')),
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 3 });
    expect(report.partial).toBe(false);
    expect(errorsByPath(report)['/contact'], explain(report, site.paths())).toEqual({ kind: 'soft-404', status: 200 });
    expect(report.crawl.errors.find((e) => e.kind === 'soft-404')?.message).toMatch(/^soft 404: HTTP 200, but the title says "Page not found – Vendor"/);
    expect(check(report, 'contact-page-from-start')?.status, explain(report)).toBe('fail');
    expect(findingValues(report, 'phone')).not.toContain(TEMPLATE_PHONE);
    expect(report.findings.filter((f) => pathOf(f.url) === '/contact')).toEqual([]);
    expect(report.crawl.pagesFetched).toBe(2);
    // The error page's relative links (/contact/contact/, /contact/home/) are not followed.
    expect(requested(site).sort()).toEqual(['/', '/about', '/contact']);
  });

  it('recognises "not found" titles and headings in several languages, and a bare "404"', async () => {
    const cases: Record<string, string> = {
      '/kontakt': softNotFound('Seite nicht gefunden | Firma GmbH', 'Hoppla!', 'de'),
      '/contactez-nous': softNotFound('Erreur', 'Page introuvable', 'fr'),
      '/contacto': softNotFound('Tienda', '¡Ups! Página no encontrada', 'es'),
      '/contatti': softNotFound('Pagina non trovata - Negozio', 'Errore', 'it'),
      '/contato': softNotFound('Loja', 'Página não encontrada', 'pt'),
      '/klantenservice': softNotFound('Pagina niet gevonden', 'Oeps', 'nl'),
      '/kontakta-oss': softNotFound('Sidan kunde inte hittas', 'Hoppsan', 'sv'),
      '/kontakty': softNotFound('Strona nie została znaleziona', 'Ups', 'pl'),
      '/ru/kontakty': softNotFound('Магазин', 'Страница не найдена', 'ru'),
      '/ja/contact': softNotFound('ショップ', 'お探しのページは見つかりませんでした', 'ja'),
      '/zh/contact': softNotFound('商店', '抱歉，找不到页面', 'zh'),
      '/contact-bare': softNotFound('404', 'Contact'),
      '/contact-heading': softNotFound('Vendor', 'Oops! Error 404'),
      '/contact-wp': softNotFound('Vendor', 'Oops! That page can’t be found.'),
      '/contact-requested': softNotFound('Vendor', 'Sorry, the page you requested could not be found'),
    };
    const site = await serve({
      routes: Object.fromEntries([
        ['/', htmlRoute(page({ nav: links(Object.keys(cases).map((p): [string, string] => [p, 'Contact'])) }))],
        ...Object.entries(cases).map(([p, html]) => [p, htmlRoute(html)]),
      ]),
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 1 });
    const errors = errorsByPath(report);
    for (const path of Object.keys(cases)) expect(errors[path], `${path}\n${explain(report)}`).toEqual({ kind: 'soft-404', status: 200 });
    expect(report.crawl.pagesFetched).toBe(1);
    expect(check(report, 'contact-page-from-start')?.status).toBe('fail');
  });

  it('keeps a real contact page that mentions 404 (an Atlanta number, Suite 404, "error 404?")', async () => {
    const contact = page({
      title: 'Contact us – 404 Peachtree St',
      main:
        '<h1>Contact us: (404) 555-0123</h1>' +
        '<p>Visit us at 404 Peachtree St NE, Suite 404, Atlanta, GA 30308.</p>' +
        '<p>Seeing "Page not found" or an error 404 on our site? Tell <a href="mailto:webmaster@vendor.example">webmaster@vendor.example</a>.</p>' +
        '<h2>404 error? Page not found?</h2><p>Sales: call <a href="tel:+12025550143">(202) 555-0143</a></p>',
    });
    const help = page({ title: 'How to fix error 404 in the Vendor app | Help', main: '<h1>How to fix error 404 in the app</h1><p>Update the app.</p>' });
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/contact', 'Contact'],
              ['/help/error-404', 'Error 404 in the app'],
            ]),
          }),
        ),
        '/contact': htmlRoute(contact),
        '/help/error-404': htmlRoute(help),
      },
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 1 });
    expect(
      report.crawl.errors.filter((e) => e.kind === 'soft-404'),
      explain(report),
    ).toEqual([]);
    expect(report.crawl.pagesFetched).toBe(3);
    expect(findingValues(report, 'phone')).toEqual(expect.arrayContaining(['+14045550123', CONTACT_PHONE]));
    expect(findingValues(report, 'email')).toContain('webmaster@vendor.example');
    expect(check(report, 'contact-page-from-start')?.status).toBe('pass');
  });

  it('records a Contact link that redirects to a soft 404, and a second link to the same error page', async () => {
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/old-contact', 'Contact'],
              ['/support', 'Support'],
              ['/contact-us', 'Contact us'],
            ]),
          }),
        ),
        '/old-contact': redirectRoute('/not-found'),
        '/support': redirectRoute('/not-found'),
        '/not-found': htmlRoute(softNotFound('Not Found', 'We can’t find that page')),
        '/contact-us': htmlRoute(CONTACT_PAGE),
      },
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 1 });
    const errors = errorsByPath(report);
    expect(errors['/old-contact'], explain(report)).toEqual({ kind: 'soft-404', status: 200 });
    expect(errors['/support']).toEqual({ kind: 'soft-404', status: 200 });
    expect(report.crawl.errors.find((e) => pathOf(e.url) === '/old-contact')?.message).toMatch(/redirected to .*\/not-found/);
    // The real contact page still counts.
    expect(findingValues(report, 'phone')).toEqual([CONTACT_PHONE]);
    expect(check(report, 'contact-page-from-start')?.status).toBe('pass');
  });

  it('reports a start page that is a soft 404 as unreachable', async () => {
    const site = await serve({ fallback: htmlRoute(softNotFound('Page Not Found', '404')) });
    const report = await audit(`${site.origin}/no-such-page`);
    expect(report.partial).toBe(true);
    expect(report.partialReason).toMatch(/^start page unreachable: soft 404: HTTP 200, but the title says "Page Not Found"/);
    expect(report.findings).toEqual([]);
  });
});

describe('softNotFoundReason', () => {
  it.each([
    ['Page not found | Acme', []],
    ['404 – Acme', []],
    ['Acme', ['404']],
    ['Acme', ['Error 404: page not found']],
    ['Fehler 404 - Seite nicht gefunden', []],
    ['Acme', ['Not Found']],
    ['Acme', ['The page you are looking for doesn’t exist']],
  ])('a soft 404: %j %j', (title, headings) => {
    expect(softNotFoundReason(title, headings)).toBeDefined();
  });

  it.each([
    ['Contact us | Acme', ['Call (404) 555-0123']],
    ['Acme Atlanta – 404 Peachtree St', ['Contact']],
    ['Suite 404 | Acme', []],
    ['How to fix error 404 | Help', ['How to fix error 404']],
    ['Lost and found | Acme', ['Not found what you need? Contact us']],
    ['Acme', ['Oops!']],
    ['Acme', ['Error']],
    ['Model 404 cordless drill', []],
  ])('a real page: %j %j', (title, headings) => {
    expect(softNotFoundReason(title, headings)).toBeUndefined();
  });
});
