// The crawl's Fetcher in the browser. The content script uses it inside the vendor's page, so
// requests are same-origin to the site (no host permission needed); the worker uses it for the
// vendor's other hosts the shopper let it read (background/other-host-fetch.ts). With credentials
// 'omit' no request carries cookies: the site answers as it would an anonymous first-time visitor.
// redirect: 'manual', because 'follow' sends every hop before anyone can check it (to another
// host, or to a sign-out URL). The browser then hides the target (an opaque redirect: status 0,
// no headers), so the crawl never follows it and looks for the page where it most likely is
// (core/crawl/redirects.ts).
import { FetchFailure, SCRIPT_CONTENT_TYPES, type FetchOptions, type FetchResult, type Fetcher } from '../core/crawl/crawl-types.js';
import { challengeHeaders } from '../core/crawl/challenge-page.js';
import { decodeBody } from '../core/page/decode-body.js';

type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export function pageFetcher(fetchFn: FetchFn = (input, init) => fetch(input, init)): Fetcher {
  return async (url: string, opts: FetchOptions): Promise<FetchResult> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
    try {
      let res: Response;
      try {
        res = await fetchFn(url, {
          credentials: 'omit',
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5' },
        });
      } catch (err) {
        if (controller.signal.aborted) throw new FetchFailure(`timed out after ${opts.timeoutMs} ms`, 'timeout');
        throw new FetchFailure(err instanceof Error ? err.message : String(err), 'network');
      }
      const redirect = redirectOf(res, url);
      if (redirect) {
        await res.body?.cancel();
        return { requestedUrl: url, url, status: res.status, contentType: '', body: '', truncated: false, redirect };
      }
      const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const base = { requestedUrl: url, url, status: res.status, contentType, ...challengeHeaders((name) => res.headers.get(name)) };
      if (!isText(contentType)) {
        await res.body?.cancel();
        return { ...base, body: '', truncated: false };
      }
      const { bytes, truncated } = await readCapped(res, opts.maxBytes);
      return { ...base, body: decodeBody(bytes, res.headers.get('content-type') ?? ''), truncated };
    } catch (err) {
      if (err instanceof FetchFailure) throw err;
      if (controller.signal.aborted) throw new FetchFailure(`timed out after ${opts.timeoutMs} ms`, 'timeout');
      throw new FetchFailure(err instanceof Error ? err.message : String(err), 'other');
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A redirect answer: opaque in browsers (the target hidden), or a 3xx whose Location can be read. */
function redirectOf(res: Response, url: string): { location?: string } | undefined {
  if (res.type === 'opaqueredirect') return {};
  if (res.status < 300 || res.status > 399) return undefined;
  const location = res.headers.get('location');
  if (!location) return undefined;
  try {
    return { location: new URL(location, url).href };
  } catch {
    return { location };
  }
}

function isText(type: string): boolean {
  // Scripts too: the crawl reads the site's own tag manager containers (core/crawl/tag-containers.ts).
  return (
    type === '' ||
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    type === 'application/xml' ||
    type === 'application/xhtml+xml' ||
    SCRIPT_CONTENT_TYPES.has(type)
  );
}

/** Read the stream up to maxBytes and stop there: a hostile or huge page must not fill memory. */
async function readCapped(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) return { bytes: new Uint8Array(await res.arrayBuffer()).slice(0, maxBytes), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, truncated };
}
