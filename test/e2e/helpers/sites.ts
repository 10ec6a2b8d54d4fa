// Fixture sites for the end-to-end tests, served on 127.0.0.1 and closed when the file's tests end,
// and small waits on what a served site and the popup show.
import type { Page } from 'puppeteer-core';
import { serveFixture } from '../../../scripts/lib/serve-fixture.js';
import type { Route, StaticServer } from '../../../scripts/lib/static-server.js';

/** Servers started by one test file; `closeSites()` in its afterAll. */
export class Sites {
  private readonly servers: StaticServer[] = [];

  async serve(site: string, latencyMs = 0, routes: Record<string, Route> = {}): Promise<StaticServer> {
    const server = await serveFixture(site, { latencyMs, routes });
    this.servers.push(server);
    return server;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.close()));
  }
}

/** How often the site was asked for `path`. */
export const requestsFor = (s: StaticServer, path: string): number => s.requests.filter((p) => p === path).length;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Wait until the popup's progress says at least one page was crawled (the audit is well under way). */
export async function waitForFirstPage(popup: Page): Promise<void> {
  await popup.waitForFunction(() => /^[1-9]\d* of /.test(document.querySelector('label[for="progress"]')?.textContent ?? ''), {
    timeout: 20_000,
    polling: 100,
  });
}
