// A vendor site whose links answer with redirects: plain same-origin ones (/contact -> /en/contact/),
// ones into state-changing URLs (sign out, delete, unsubscribe, add to cart), and ones to another
// host (a 307, and the second hop of a 302 chain). A visitor with the cookie `session=jane` sees
// the start page signed in, with the shopper's own name, email, phone and address on it.
// Served on 127.0.0.1; the other host is a second server. Used by the CLI and the e2e tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';

/** The shopper's own data, shown only to the signed-in tab: it must appear in no report. */
export const SHOPPER = { name: 'Jane Doe', email: 'jane.doe@private-mail.example', phone: '+1 202 555 0100', e164: '+12025550100', street: '42 Private Lane' };
/** The vendor's sales line, behind /contact -> /en/contact/. */
export const SALES_PHONE = { display: '+1 (202) 555-0143', e164: '+12025550143' };
/** Targets the crawl must never request (each is reached only through a redirect). */
export const STATE_CHANGING = ['/account/logout', '/contact?action=delete', '/newsletter/unsubscribe?u=42', '/cart/add?item=5'];

export interface RedirectSite {
  site: StaticServer;
  other: StaticServer;
  /** Where the e2e tab opens and the CLI starts. */
  startUrl: string;
  /** Requests that reached a state-changing target, by path with query. */
  stateChangingHits(): string[];
  close(): Promise<void>;
}

const page = (title: string, main: string, header = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><header>${header}<nav>` +
  '<a href="/contact">Contact</a> <a href="/contact-sales">Contact sales</a> <a href="/contact-support">Contact support</a> ' +
  '<a href="/customer-service">Customer service</a> <a href="/offers">Offers</a> <a href="/partner">Partner</a> <a href="/partner-chain">Our partners</a>' +
  `</nav></header><main>${main}</main><footer><p>Acme Widgets Ltd</p></footer></body></html>`;

const signedIn = (): string =>
  `<div class="account">Signed in as ${SHOPPER.name} · ${SHOPPER.email} · ${SHOPPER.phone} · ${SHOPPER.street}, Springfield, IL 62701</div>` +
  `<a href="mailto:${SHOPPER.email}">${SHOPPER.email}</a> <a href="tel:${SHOPPER.e164}">My phone</a>`;

const send =
  (status: number, headers: Record<string, string>, body = '') =>
  (_req: IncomingMessage, res: ServerResponse) =>
    void res.writeHead(status, headers).end(body);
const html = (body: string) => send(200, { 'content-type': 'text/html; charset=utf-8' }, body);

export async function serveRedirectSite(): Promise<RedirectSite> {
  const other = await serveDirectory('test/support', { routes: { '/landing': html('<p>another site</p>'), '/chain': html('<p>another site</p>') } });
  const hits: string[] = [];
  const stateChanging = (req: IncomingMessage, res: ServerResponse): void => {
    hits.push(req.url ?? '');
    html('<p>done</p>')(req, res);
  };
  const site = await serveDirectory('test/support', {
    routes: {
      '/': send(302, { location: '/en/' }),
      '/en/': (req, res) => {
        const jane = /(^|;\s*)session=jane(;|$)/.test(req.headers.cookie ?? '');
        html(page('Acme Widgets', '<h1>Widgets for every workshop</h1>', jane ? signedIn() : '<a href="/login">Sign in</a>'))(req, res);
      },
      '/contact': (req, res) => {
        if (new URL(req.url ?? '/', 'http://x').searchParams.has('action')) return stateChanging(req, res);
        send(302, { location: '/en/contact/' })(req, res);
      },
      '/en/contact/': html(page('Contact us', `<h1>Contact us</h1><h2>Sales</h2><p>Call our sales team: ${SALES_PHONE.display}</p>`)),
      '/contact-sales': send(302, { location: '/account/logout' }),
      '/contact-support': send(301, { location: '/contact?action=delete' }),
      '/customer-service': send(303, { location: '/newsletter/unsubscribe?u=42' }),
      '/offers': send(307, { location: '/cart/add?item=5' }),
      '/partner': send(307, { location: `${other.origin}/landing` }),
      '/partner-chain': send(302, { location: '/hop' }),
      '/hop': send(302, { location: `${other.origin}/chain` }),
      '/account/logout': stateChanging,
      '/newsletter/unsubscribe': stateChanging,
      '/cart/add': stateChanging,
      '/login': html(page('Sign in', '<form method="post"><input name="user"><input type="password" name="pw"></form>')),
    },
  });
  return {
    site,
    other,
    startUrl: `${site.origin}/en/`,
    stateChangingHits: () => [...hits],
    close: async () => {
      await site.close();
      await other.close();
    },
  };
}
