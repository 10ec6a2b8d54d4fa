// A vendor whose support line lives on its help centre, a host of its own (help.vendor.test): the
// shop's footer links there. Both are served on 127.0.0.1; the browsers map the two names to it
// (Chromium --host-resolver-rules, Firefox network.dns.localDomains). Used by the e2e tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';

export const SHOP_HOST = 'www.vendor.test';
export const HELP_HOST = 'help.vendor.test';
/** The support line, only on the help centre's contact page. */
export const HELP_PHONE = { display: '+1 (202) 555-0177', e164: '+12025550177' };

export interface HelpCentreSite {
  shop: StaticServer;
  help: StaticServer;
  /** The shop's start page, under its name. */
  startUrl: string;
  close(): Promise<void>;
}

const html =
  (body: string) =>
  (_req: IncomingMessage, res: ServerResponse): void =>
    void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vendor</title></head><body>${body}</body></html>`);

export async function serveHelpCentreSite(): Promise<HelpCentreSite> {
  const help = await serveDirectory('test/support', {
    routes: {
      '/': html('<main><h1>Help centre</h1><a href="/contact">Contact us</a></main>'),
      '/contact': html(`<main><h1>Contact us</h1><p>Support line: ${HELP_PHONE.display}</p></main>`),
    },
  });
  const helpUrl = `http://${HELP_HOST}:${help.port}/`;
  const shop = await serveDirectory('test/support', {
    routes: {
      '/': html(
        `<main><h1>Vendor shop</h1><a href="/products">Products</a></main><footer><a href="${helpUrl}">Help centre</a> <a href="/about">About us</a></footer>`,
      ),
      '/products': html('<main><p>Widgets</p></main>'),
      '/about': html('<main><p>Vendor Ltd, support@vendor.test</p></main>'),
    },
  });
  return {
    shop,
    help,
    startUrl: `http://${SHOP_HOST}:${shop.port}/`,
    close: async () => {
      await shop.close();
      await help.close();
    },
  };
}
