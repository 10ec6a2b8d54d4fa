// The CLI's fetcher: node:http(s), not global fetch, so redirects, bytes and time are under
// control. An anonymous visitor: no cookies are ever sent, nothing is stored between requests.
import type { IncomingHttpHeaders } from 'node:http';
import { FetchFailure, type FetchOptions, type FetchResult, type Fetcher } from '../core/crawl/crawl-types.js';
import { decodeBody, detectCharset } from './fetch-charset.js';
import { requestOnce, type RawResponse } from './fetch-request.js';
import { sniffBinary } from './fetch-sniff.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Redirects followed per request: browsers allow ~20, but a vendor page needing more than 5 is broken. */
export const MAX_REDIRECTS = 5;

export const REQUEST_HEADERS: Record<string, string> = {
  'user-agent': `contact-audit/${VERSION} (+https://github.com/contact-audit)`,
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Media types whose body is read and decoded; anything else is reported by type with an empty body. */
function isTextual(type: string): boolean {
  return type === '' || type.startsWith('text/') || type.endsWith('+xml') || type.endsWith('/xml') || type === 'application/xhtml+xml' || type === 'application/json';
}

/** "text/html; charset=utf-8" → "text/html". */
function mediaType(headers: IncomingHttpHeaders): string {
  return String(headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A URL named like a page: a binary served as application/octet-stream under such a name is still sniffed. */
function namedLikePage(url: URL): boolean {
  return /\.x?html?$/i.test(url.pathname);
}

export const nodeFetcher: Fetcher = async (requestedUrl: string, opts: FetchOptions): Promise<FetchResult> => {
  let current: URL;
  try {
    current = new URL(requestedUrl);
  } catch {
    throw new FetchFailure(`not a URL: ${requestedUrl}`, 'other');
  }
  const controller = new AbortController();
  // One deadline for the whole fetch: connect, headers, body and every redirect hop.
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const visited = new Set([current.href]);
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FetchFailure(`unsupported scheme ${current.protocol}`, 'other');
      const page = current;
      const raw = await requestOnce(page, {
        headers: REQUEST_HEADERS,
        maxBytes: opts.maxBytes,
        signal: controller.signal,
        timeoutMs: opts.timeoutMs,
        wantBody: (status, headers) => !(REDIRECT.has(status) && headers.location) && (isTextual(mediaType(headers)) || (mediaType(headers) === 'application/octet-stream' && namedLikePage(page))),
      });
      const location = raw.headers.location;
      if (!REDIRECT.has(raw.status) || !location) return toResult(requestedUrl, page, raw);
      let target: URL;
      try {
        target = new URL(location, page);
      } catch {
        return toResult(requestedUrl, page, raw);
      }
      if (!opts.allowedOrigins.includes(target.origin)) {
        return { requestedUrl, url: page.href, status: raw.status, contentType: '', body: '', truncated: false, offSiteRedirect: target.href };
      }
      const refused = opts.refuseRedirect?.(target.href);
      if (refused) return { requestedUrl, url: page.href, status: raw.status, contentType: '', body: '', truncated: false, refusedRedirect: { url: target.href, reason: refused } };
      if (visited.has(target.href)) throw new FetchFailure(`redirect loop: ${target.href}`, 'other');
      if (hop + 1 > MAX_REDIRECTS) throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`, 'other');
      visited.add(target.href);
      current = target;
    }
  } finally {
    clearTimeout(timer);
  }
};

/** Decode a response into the fetcher's contract: binary bodies are named by what they are, with no text. */
function toResult(requestedUrl: string, url: URL, raw: RawResponse): FetchResult {
  const declared = mediaType(raw.headers);
  const base = { requestedUrl, url: url.href, status: raw.status, truncated: raw.truncated };
  const readable = isTextual(declared) || (declared === 'application/octet-stream' && namedLikePage(url));
  if (!readable || raw.body.length === 0) return { ...base, contentType: declared, body: '' };
  const contentTypeHeader = String(raw.headers['content-type'] ?? '');
  const utf16 = detectCharset(raw.body, contentTypeHeader).startsWith('utf-16');
  const binary = sniffBinary(raw.body, utf16);
  if (binary) return { ...base, contentType: binary, body: '' };
  const body = decodeBody(raw.body, contentTypeHeader);
  // Unlabelled (or octet-stream) but plainly a page: call it what it is.
  const looksHtml = /^\s*(<!doctype html|<html|<head|<body)/i.test(body);
  const contentType = (declared === '' || declared === 'application/octet-stream') && looksHtml ? 'text/html' : declared;
  return { ...base, contentType, body };
}
