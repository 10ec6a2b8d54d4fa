// Links that do something (sign out, delete an account, add to cart, unsubscribe, buy with one
// click), in en, de, fr, es, it, nl, pt, by URL alone (icon links) and by link text alone, are
// never requested. The site answers every path, so nothing but the rules keeps a link unrequested,
// and the budget is larger than the link count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/core/crawl/normalize-url.js';
import type { Report } from '../../src/core/report/schema.js';
import { audit, explain, findingValues } from './support/audit.js';
import { CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, redirectRoute, startServer, type HostileServer } from './support/server.js';

type Action = 'sign out' | 'delete' | 'add to cart' | 'unsubscribe' | 'one-click buy';

/** Recognisable by the URL alone: served as icon links with no text. */
const BY_URL: [Action, string][] = [
  ['sign out', '/logout'],
  ['sign out', '/account/sign-out'],
  ['sign out', '/user/logoff.aspx'],
  ['sign out', '/LOGOUT.PHP'],
  ['sign out', '/log%6Fut'],
  ['sign out', '/auth/signout?redirect=%2F'],
  ['sign out', '/wp-login.php?action=logout&_wpnonce=1a2b3c'],
  ['sign out', '/customer/account/logout/'], // Magento
  ['sign out', '/my-account/customer-logout/?_wpnonce=1a2b3c'], // WooCommerce
  ['sign out', '/index.php?route=account/logout'], // OpenCart
  ['sign out', '/index.php?mylogout='], // PrestaShop
  ['sign out', '/konto/abmelden'],
  ['sign out', '/compte/deconnexion'],
  ['sign out', '/mi-cuenta/cerrar-sesion'],
  ['sign out', '/account/esci'],
  ['sign out', '/mijn-account/uitloggen'],
  ['sign out', '/conta/sair'],
  ['delete', '/account/delete'],
  ['delete', '/account/delete-account'],
  ['delete', '/profile/remove'],
  ['delete', '/addresses/5/destroy'],
  ['delete', '/konto/loeschen'],
  ['delete', '/konto-loeschen'],
  ['delete', '/compte/supprimer'],
  ['delete', '/supprimer-mon-compte'],
  ['delete', '/cuenta/eliminar'],
  ['delete', '/account/elimina'],
  ['delete', '/account/verwijderen'],
  ['delete', '/account-verwijderen'],
  ['delete', '/conta/excluir'],
  ['add to cart', '/cart/add?id=5'],
  ['add to cart', '/?add-to-cart=123'], // WooCommerce
  ['add to cart', '/checkout/cart/add/product/5/'], // Magento
  ['add to cart', '/warenkorb/hinzufuegen/5'],
  ['add to cart', '/panier/ajouter?id=5'],
  ['add to cart', '/carrito/anadir/5'],
  ['add to cart', '/carrello/aggiungi/5'],
  ['add to cart', '/winkelwagen/toevoegen/5'],
  ['add to cart', '/carrinho/adicionar/5'],
  ['add to cart', '/addtocart?pid=5'],
  ['add to cart', '/cart/clear'],
  ['unsubscribe', '/unsubscribe'],
  ['unsubscribe', '/newsletter/unsubscribe?email=a%40b.example&token=x'],
  ['unsubscribe', '/email/opt-out'],
  ['unsubscribe', '/preferences?unsubscribe=1'],
  ['unsubscribe', '/newsletter/abbestellen'],
  ['unsubscribe', '/newsletter-abmelden'],
  ['unsubscribe', '/newsletter/desabonner'],
  ['unsubscribe', '/newsletter/darse-de-baja'],
  ['unsubscribe', '/newsletter/disiscriviti'],
  ['unsubscribe', '/nieuwsbrief/uitschrijven'],
  ['unsubscribe', '/newsletter/descadastrar'],
  ['one-click buy', '/buy-now/5'],
  ['one-click buy', '/product/5?buynow=1'],
  ['one-click buy', '/one-click-order?sku=5'],
  ['one-click buy', '/1-click/5'],
  ['one-click buy', '/sofort-kaufen/5'],
  ['one-click buy', '/acheter-maintenant/5'],
  ['one-click buy', '/comprar-ahora/5'],
  ['one-click buy', '/acquista-ora/5'],
  ['one-click buy', '/nu-kopen/5'],
  ['one-click buy', '/comprar-agora/5'],
];

/** Recognisable by the link text alone: served on neutral URLs (/t/1, /t/2, ...). */
const BY_TEXT: [Action, string][] = [
  ['sign out', 'Log out'],
  ['sign out', 'Sign out'],
  ['sign out', 'Abmelden'],
  ['sign out', 'Ausloggen'],
  ['sign out', 'Se déconnecter'],
  ['sign out', 'Déconnexion'],
  ['sign out', 'Cerrar sesión'],
  ['sign out', 'Esci'],
  ['sign out', 'Disconnetti'],
  ['sign out', 'Uitloggen'],
  ['sign out', 'Sair'],
  ['sign out', 'Terminar sessão'],
  ['delete', 'Delete account'],
  ['delete', 'Delete my account'],
  ['delete', 'Remove'],
  ['delete', 'Konto löschen'],
  ['delete', 'Supprimer mon compte'],
  ['delete', 'Eliminar cuenta'],
  ['delete', 'Elimina account'],
  ['delete', 'Account verwijderen'],
  ['delete', 'Excluir conta'],
  ['add to cart', 'Add to cart'],
  ['add to cart', 'Add to basket'],
  ['add to cart', 'In den Warenkorb'],
  ['add to cart', 'Zum Warenkorb hinzufügen'],
  ['add to cart', 'Ajouter au panier'],
  ['add to cart', 'Añadir al carrito'],
  ['add to cart', 'Agregar al carrito'],
  ['add to cart', 'Aggiungi al carrello'],
  ['add to cart', 'In winkelwagen'],
  ['add to cart', 'Toevoegen aan winkelwagen'],
  ['add to cart', 'Adicionar ao carrinho'],
  ['unsubscribe', 'Unsubscribe'],
  ['unsubscribe', 'Abbestellen'],
  ['unsubscribe', 'Newsletter abbestellen'],
  ['unsubscribe', 'Se désabonner'],
  ['unsubscribe', 'Se désinscrire'],
  ['unsubscribe', 'Darse de baja'],
  ['unsubscribe', 'Cancelar suscripción'],
  ['unsubscribe', 'Disiscriviti'],
  ['unsubscribe', 'Uitschrijven'],
  ['unsubscribe', 'Descadastrar'],
  ['unsubscribe', 'Cancelar inscrição'],
  ['one-click buy', 'Buy now'],
  ['one-click buy', 'Buy now with 1-Click'],
  ['one-click buy', 'Sofort kaufen'],
  ['one-click buy', 'Jetzt kaufen'],
  ['one-click buy', 'Acheter maintenant'],
  ['one-click buy', 'Comprar ahora'],
  ['one-click buy', 'Acquista ora'],
  ['one-click buy', 'Nu kopen'],
  ['one-click buy', 'Comprar agora'],
];

const textUrl = (i: number) => `/t/${i + 1}`;

/** Icon links whose words are only in aria-label, title or alt (what a screen reader announces). */
const BY_LABEL: [string, string][] = [
  ['aria-label on an icon-font link', '<a href="/l/1" aria-label="Log out"><i class="icon-power"></i></a>'],
  ['title on an empty link', '<a href="/l/2" title="Abmelden"></a>'],
  ['alt of the image inside', '<a href="/l/3"><img src="/x.svg" alt="Se déconnecter"></a>'],
  ['alt of an image-map area', '<map name="m"><area href="/l/4" alt="Delete account" shape="rect" coords="0,0,1,1"></map>'],
  ['aria-label on a symbol-only link', '<a href="/l/5" aria-label="Sign out">⏻</a>'],
  ['title on an emoji-only link', '<a href="/l/6" title="Konto löschen">🗑️</a>'],
];

/** Pages whose names only look like actions: they must still be requested. */
const PLAIN: string[] = [
  '/products/paint-remover',
  '/help/how-to-log-in',
  '/blog/deleted-scenes',
  '/contact/delete-your-data-request-info',
  '/support/logging',
  '/about/cartography',
];

/** Reached without a link of its own: a redirect, a <meta refresh>, a <base href>. */
const INDIRECT: [string, string][] = [
  ['a same-site redirect to a sign-out URL', '/session/logout'],
  ['a <meta refresh> to a sign-out URL', '/members/logout'],
  ['a relative link resolved against <base href>', '/shop/cart/add/7'],
];

describe('state-changing links are never requested', () => {
  let site: HostileServer;
  let report: Report;
  /** The requests, normalised like the crawler's links, so a link and its request compare equal. */
  let requested: Set<string>;
  const key = (href: string) => normalizeUrl(href, site.origin)!;

  beforeAll(async () => {
    const icons = BY_URL.map(([, href]) => `<a href="${href}"><svg aria-hidden="true"><path d="M0 0"/></svg></a>`).join('\n');
    const texts = links(BY_TEXT.map(([, text], i) => [textUrl(i), text]));
    site = await startServer({
      routes: {
        '/': htmlRoute(
          page({
            footer: links(PLAIN.map((p) => [p, 'More'])),
            nav: `${icons}\n${BY_LABEL.map(([, html]) => html).join('\n')}\n${links([
              ['/contact', 'Contact'],
              ['/go/exit', 'Exit'],
              ['/bye', 'Bye'],
              ['/base-page', 'Shop'],
            ])}`,
            main: texts,
          }),
        ),
        '/contact': htmlRoute(CONTACT_PAGE),
        '/go/exit': redirectRoute('/session/logout'),
        '/bye': htmlRoute(page({ head: '<meta http-equiv="refresh" content="0;url=/members/logout">' })),
        '/base-page': htmlRoute(page({ head: '<base href="/shop/">', main: '<a href="cart/add/7"><img src="/cart.svg" alt=""></a>' })),
      },
      // Every other path answers with a page: if it is requested, it is requested.
      fallback: htmlRoute(page({ main: '<p>Done.</p>' })),
    });
    report = await audit(`${site.origin}/`, { maxDepth: 2, maxPages: 500, concurrency: 8 });
    requested = new Set(site.paths().map((p) => key(p)));
  });
  afterAll(() => site?.close());

  it('still crawls the pages that are pages, and finds the contacts', () => {
    expect(findingValues(report), explain(report)).toContain(CONTACT_PHONE);
    expect(requested.has(key('/contact'))).toBe(true);
  });

  it.each(BY_URL)('%s by URL: %s', (_action, href) => {
    expect(requested.has(key(href)), `${href} was requested; requests: ${site.paths().join(' ')}`).toBe(false);
  });

  it.each(BY_TEXT.map(([action, text], i) => [action, text, textUrl(i)]))('%s by text: "%s"', (_action, text, href) => {
    expect(requested.has(key(href)), `"${text}" (${href}) was requested`).toBe(false);
  });

  it.each(BY_LABEL.map(([how, html]) => [how, html.match(/href="([^"]+)"/)![1]!]))('by label: %s (%s)', (_how, href) => {
    expect(requested.has(key(href)), `${href} was requested`).toBe(false);
  });

  it.each(PLAIN)('still requests the plain page %s', (href) => {
    expect(requested.has(key(href)), `${href} was not requested`).toBe(true);
  });

  it.each(INDIRECT)('%s (%s)', (_how, href) => {
    expect(requested.has(key(href)), `${href} was requested; requests: ${site.paths().join(' ')}`).toBe(false);
  });

  it('records the redirect it refused to follow, with where it led', () => {
    const error = report.crawl.errors.find((e) => e.url === key('/go/exit'));
    expect(error, explain(report)).toMatchObject({ status: 302, message: expect.stringContaining('/session/logout') });
  });

  it('records why each one was not requested', () => {
    const reasons = new Map(report.crawl.skipped.map((s) => [s.url, s.reason]));
    const unexplained = [...BY_URL.map(([, href]) => href), ...BY_TEXT.map((_, i) => textUrl(i))].filter(
      (href) => !/state-changing|cart/.test(reasons.get(key(href)) ?? ''),
    );
    expect(unexplained).toEqual([]);
  });
});
