// Privacy during an audit: no request goes to any host but the audited site (a canary server
// referenced every way a page can reference another host receives nothing), and no cookie the
// site sets is ever sent back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/schema.js';
import { audit, explain, findingValues } from './support/audit.js';
import { CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, redirectRoute, startCanary, startServer, type HostileServer } from './support/server.js';

describe('no request leaves the audited site', () => {
  let canary: HostileServer;
  let site: HostileServer;
  let report: Report;

  beforeAll(async () => {
    canary = await startCanary();
    const c = canary.origin;
    const canaryHostPort = c.replace(/^http:/, '');
    const head = [
      `<link rel="stylesheet" href="${c}/style.css">`,
      `<link rel="preconnect" href="${c}"><link rel="dns-prefetch" href="${c}"><link rel="prefetch" href="${c}/prefetch">`,
      `<link rel="canonical" href="${c}/canonical"><link rel="alternate" hreflang="de" href="${c}/de/">`,
      `<link rel="icon" href="${c}/favicon.ico"><link rel="manifest" href="${c}/manifest.json">`,
      `<script src="${c}/analytics.js" async></script>`,
      // Chat vendors' loaders, pointed at the canary.
      `<script src="${c}/widget.intercom.io/widget/abc123"></script><script>window.intercomSettings={app_id:'abc'};(function(){var s=document.createElement('script');s.src='${c}/intercom-loader.js';document.head.appendChild(s)})()</script>`,
      `<script id="ze-snippet" src="${c}/static.zdassets.com/ekr/snippet.js?key=abc"></script>`,
      `<meta http-equiv="refresh" content="30;url=${c}/refresh">`,
    ].join('\n');
    const main = [
      `<img src="${c}/pixel.gif" srcset="${c}/a.png 1x, ${c}/b.png 2x"><picture><source srcset="${c}/c.webp"></picture>`,
      `<iframe src="${c}/frame"></iframe><embed src="${c}/embed"><object data="${c}/object"></object>`,
      `<video poster="${c}/poster.jpg" src="${c}/video.mp4"></video><audio src="${c}/audio.mp3"></audio>`,
      `<div style="background:url(${c}/bg.png)"></div><style>@import url(${c}/import.css); body{background:url(${c}/body.png)}</style>`,
      `<form action="${c}/submit" method="get"><input name="q"><button>Search</button></form>`,
      links([
        [`${c}/contact`, 'Contact'],
        [`${canaryHostPort}/protocol-relative`, 'Support'],
        [`${c}/impressum`, 'Impressum'],
        ['/local', 'Local page'],
        ['/go', 'Partner offers'],
        // URL tricks that put the canary behind the site's own host:port.
        [`http://127.0.0.1:{{SITE_PORT}}@${canaryHostPort.slice(2)}/userinfo`, 'Help'],
        [`${c}\\@127.0.0.1:{{SITE_PORT}}/backslash`, 'Service'],
        [`HTTP://${canaryHostPort.slice(2).toUpperCase()}/upper`, 'FAQ'],
      ]),
    ].join('\n');
    site = await startServer({
      routes: {
        '/': (req, res) =>
          void res
            .writeHead(200, { 'content-type': 'text/html' })
            .end(page({ head, main, footer: links([['/kontakt', 'Kontakt']]) }).replaceAll('{{SITE_PORT}}', String(req.socket.localPort))),
        '/local': htmlRoute(
          page({
            head: `<base href="${c}/base/">`,
            main: links([
              ['contact-us', 'Contact us'],
              ['help', 'Help'],
            ]),
          }),
        ),
        '/kontakt': htmlRoute(CONTACT_PAGE),
        '/robots.txt': (_req, res) =>
          void res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nAllow: /\nSitemap: ${c}/sitemap.xml\nSitemap: /sitemap.xml\n`),
        '/sitemap.xml': (_req, res) =>
          void res
            .writeHead(200, { 'content-type': 'application/xml' })
            .end(
              `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${c}/child-sitemap.xml</loc></sitemap><sitemap><loc>/pages-sitemap.xml</loc></sitemap></sitemapindex>`,
            ),
        '/pages-sitemap.xml': (_req, res) =>
          void res
            .writeHead(200, { 'content-type': 'application/xml' })
            .end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${c}/contact-sales</loc></url></urlset>`),
        '/go': redirectRoute(`${c}/redirected`),
      },
    });
    report = await audit(`${site.origin}/`, { useSitemap: true, respectRobots: true });
  });
  afterAll(async () => {
    await site?.close();
    await canary?.close();
  });

  it('audits the site (the contact page is found)', () => {
    expect(findingValues(report), explain(report, site.paths())).toContain(CONTACT_PHONE);
  });

  it('never connects to the canary: images, scripts, iframes, styles, chat loaders, links, forms, <base>, robots and sitemap entries', () => {
    expect(canary.connections(), canary.paths().join(' ')).toBe(0);
  });

  it('records the open redirect to the canary as redirect-off-site', () => {
    expect(report.crawl.errors).toContainEqual(expect.objectContaining({ url: `${site.origin}/go`, kind: 'redirect-off-site' }));
  });

  it('records the off-site <meta refresh> as skipped (off-site links are dropped when the page is read)', () => {
    expect(report.crawl.skipped).toContainEqual({ url: `${canary.origin}/refresh`, reason: 'off-site' });
  });
});

describe('no cookies are sent', () => {
  let site: HostileServer;
  let report: Report;
  const cookie = { 'set-cookie': ['session=s3cr3t; Path=/; HttpOnly', 'tracking=abc; Path=/; Max-Age=86400; SameSite=None'] };

  beforeAll(async () => {
    site = await startServer({
      routes: {
        '/': (_req, res) =>
          void res.writeHead(200, { 'content-type': 'text/html', ...cookie }).end(
            page({
              nav: links([
                ['/a', 'About'],
                ['/hop', 'Contact'],
                ['/b', 'Team'],
              ]),
            }),
          ),
        '/robots.txt': (_req, res) =>
          void res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': 'robots=1; Path=/' }).end('User-agent: *\nAllow: /\n'),
        '/hop': (_req, res) => void res.writeHead(302, { location: '/contact', 'set-cookie': 'hop=1; Path=/' }).end(),
        '/contact': htmlRoute(CONTACT_PAGE, { 'set-cookie': 'c=1; Path=/' }),
        '/a': htmlRoute(
          page({
            main: links([
              ['/b', 'Team'],
              ['/contact', 'Contact'],
            ]),
          }),
          { 'set-cookie': 'a=1; Path=/' },
        ),
        '/b': htmlRoute(page({ main: '<p>Team</p>' })),
      },
    });
    report = await audit(`${site.origin}/`, { useSitemap: true });
  });
  afterAll(() => site?.close());

  it('sends no Cookie (nor credentials or a Referer) on any request after the site set cookies', () => {
    expect(site.requests.length).toBeGreaterThanOrEqual(5);
    const carrying = site.requests.filter((r) => r.headers.cookie !== undefined || r.headers.authorization !== undefined || r.headers.referer !== undefined);
    expect(carrying.map((r) => `${r.path}: ${JSON.stringify(r.headers)}`)).toEqual([]);
  });

  it('sends no credentials given in the start URL, and keeps them out of the report', async () => {
    const before = site.requests.length;
    const withCredentials = site.origin.replace('http://', 'http://user:s3cr3t@');
    const r = await audit(`${withCredentials}/`);
    const later = site.requests.slice(before);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((x) => x.headers.authorization !== undefined)).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('s3cr3t');
  });

  it('still audits the site', () => {
    expect(findingValues(report), explain(report, site.paths())).toContain(CONTACT_PHONE);
    expect(site.paths()).toEqual(expect.arrayContaining(['/', '/robots.txt', '/hop', '/contact', '/a', '/b']));
  });
});
