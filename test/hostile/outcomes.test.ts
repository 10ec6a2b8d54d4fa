// Outcomes through the built CLI: a site that could not be read is failed (no score anywhere,
// exit 3), one whose contact pages all fail or all answer with a bot-protection challenge is
// partial (exit 4) with the reason named, and a challenge instead of the start page is a failure,
// never "a site without contacts".
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/core/report/schema.js';
import { cli, deadPort } from './support/cli.js';
import { CONTACT_PAGE, links, page } from './support/pages.js';
import { htmlRoute, startServer, statusRoute, type HostileServer } from './support/server.js';

const servers: HostileServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));
async function serve(site: Parameters<typeof startServer>[0]): Promise<HostileServer> {
  const s = await startServer(site);
  servers.push(s);
  return s;
}

const HOME = page({
  nav: links([
    ['/contact', 'Contact us'],
    ['/support', 'Customer support'],
    ['/about', 'About'],
  ]),
  main: '<h1>Acme widgets</h1>',
});
const CHALLENGE = page({ title: 'Just a moment...', main: '<noscript>Enable JavaScript and cookies to continue</noscript>' });
const cfChallenge = htmlRoute(CHALLENGE, { 'cf-mitigated': 'challenge' });

async function audit(url: string, format = 'json'): Promise<{ code: number; stderr: string; stdout: string; report?: Report }> {
  const run = await cli([url, '--format', format, '--no-sitemap', '--ignore-robots']);
  return { ...run, ...(format === 'json' ? { report: ReportSchema.parse(JSON.parse(run.stdout)[0]) } : {}) };
}

describe('a site that could not be read is failed, with no score anywhere', () => {
  it.each([
    ['503', statusRoute(503), 'the server answered 503', 'http'],
    ['404', statusRoute(404), 'the server answered 404', 'http'],
    ['a Cloudflare challenge', cfChallenge, 'bot protection (Cloudflare) answered with a challenge instead of the page', 'challenge'],
  ])('start page %s: exit 3, outcome failed, no scores, no checks, no findings', async (_name, route, reason, failure) => {
    const site = await serve({ routes: { '/': route } });
    const { code, stderr, report } = await audit(`${site.origin}/`);
    expect(code, stderr).toBe(3);
    expect(report?.outcome).toMatchObject({ status: 'failed', failure, reason });
    expect(report?.scores).toBeUndefined();
    expect(report?.bestWay).toBeUndefined();
    expect(report?.checks).toEqual([]);
    expect(report?.findings).toEqual([]);
    expect(stderr).toContain(`could not audit: ${reason}`);
    expect(stderr).not.toMatch(/overall|grade/i);
  });

  it('a refused connection: exit 3, failure refused', async () => {
    const { code, report } = await audit(`http://127.0.0.1:${await deadPort()}/`);
    expect(code).toBe(3);
    expect(report?.outcome).toMatchObject({ status: 'failed', failure: 'refused', reason: 'the server refused the connection' });
  });

  it('the Markdown and HTML reports say "Could not audit" and show no score', async () => {
    const site = await serve({ routes: { '/': statusRoute(503) } });
    for (const format of ['md', 'html']) {
      const { code, stdout } = await audit(`${site.origin}/`, format);
      expect(code).toBe(3);
      expect(stdout).toMatch(/Could not audit 127\.0\.0\.1:\d+:?(<\/b>|\*\*)? the server answered 503/);
      expect(stdout).not.toMatch(/Overall|Failed checks|class="score"/);
    }
  });
});

describe('a site whose contact pages could not be read is partial, and says why', () => {
  it('every contact page answers 500: exit 4, partial, the reason names them', async () => {
    const site = await serve({
      routes: { '/': htmlRoute(HOME), '/contact': statusRoute(500), '/support': statusRoute(502), '/about': htmlRoute(page({ main: 'About us' })) },
    });
    const { code, report } = await audit(`${site.origin}/`);
    expect(code).toBe(4);
    expect(report?.outcome.status).toBe('partial');
    expect(report?.outcome.reason).toMatch(/^every contact page failed \(2\): HTTP 50[02]; HTTP 50[02]$/);
    expect(report?.scores).toBeDefined();
  });

  it('every inner page is a bot-protection challenge: partial, the protection named; no page of it counted', async () => {
    const site = await serve({ routes: { '/': htmlRoute(HOME) }, fallback: cfChallenge });
    const { code, report } = await audit(`${site.origin}/`);
    expect(code).toBe(4);
    expect(report?.outcome).toMatchObject({ status: 'partial', reason: expect.stringContaining('bot protection (Cloudflare) answered with a challenge') });
    expect(report?.crawl.pagesFetched).toBe(1);
    expect(report?.crawl.errors.filter((e) => e.kind === 'blocked').length).toBe(3);
  });

  it('one contact page read is enough: complete, exit 0', async () => {
    const site = await serve({
      routes: { '/': htmlRoute(HOME), '/contact': htmlRoute(CONTACT_PAGE), '/support': statusRoute(500), '/about': statusRoute(404) },
    });
    const { code, report } = await audit(`${site.origin}/`);
    expect(report?.outcome).toEqual({ status: 'complete' });
    expect(code).toBe(0);
    expect(report?.bestWay?.sales).toMatchObject({ channel: 'phone', summary: 'Call (202) 555-0143 — 1 click', pageUrl: `${site.origin}/contact` });
  });
});
