// Serves a generated shape from memory with a fixed latency per request, across as many hosts as
// the shape has (a help centre on a subdomain needs two): the Fetcher contract, one request a call.
import { normalizeUrl } from '../../src/core/crawl/normalize-url.js';
import type { FetchResult, Fetcher } from '../../src/core/crawl/crawl-types.js';

export interface MemorySite {
  fetcher: Fetcher;
  /** Every request made, robots.txt and sitemaps included. */
  requests: string[];
}

export function memorySite(pages: Map<string, string>, latencyMs: number): MemorySite {
  const byUrl = new Map<string, string>();
  for (const [url, html] of pages) byUrl.set(normalizeUrl(url) ?? url, html);
  const requests: string[] = [];
  const fetcher: Fetcher = async (url): Promise<FetchResult> => {
    requests.push(url);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const body = byUrl.get(normalizeUrl(url) ?? url);
    return body === undefined
      ? { requestedUrl: url, url, status: 404, contentType: 'text/html', body: '<title>Not found</title><h1>Not found</h1>', truncated: false }
      : { requestedUrl: url, url, status: 200, contentType: 'text/html', body, truncated: false };
  };
  return { fetcher, requests };
}
