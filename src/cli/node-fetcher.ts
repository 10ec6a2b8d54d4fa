// The CLI's fetcher: node:http(s), not global fetch, so redirects, bytes and time are under
// control. An anonymous visitor: no cookies are ever sent, nothing is stored between requests.
import type { IncomingHttpHeaders } from 'node:http';
import { FetchFailure, SCRIPT_CONTENT_TYPES, type FetchOptions, type FetchResult, type Fetcher } from '../core/crawl/crawl-types.js';
import { challengeHeaders } from '../core/crawl/challenge-page.js';
import { decodeBody, detectEncoding } from '../core/page/decode-body.js';
import { requestOnce, type RawResponse } from './fetch-request.js';
import { sniffBinary } from './fetch-sniff.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export const REQUEST_HEADERS: Record<string, string> = {
  'user-agent': `contact-audit/${VERSION} (anonymous contact-page audit; robots.txt token: contact-audit)`,
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Media types whose body is read and decoded; anything else is reported by type with an empty body. */
function isTextual(type: string): boolean {
  return (
    type === '' ||
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    type.endsWith('/xml') ||
    type === 'application/xhtml+xml' ||
    type === 'application/json' ||
    SCRIPT_CONTENT_TYPES.has(type)
  );
}

/** "text/html; charset=utf-8" → "text/html". */
function mediaType(headers: IncomingHttpHeaders): string {
  return String(headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

/** A URL named like a page: a binary served as application/octet-stream under such a name is still sniffed. */
function namedLikePage(url: URL): boolean {
  return /\.x?html?$/i.test(url.pathname);
}

/**
 * One GET, as the crawl's Fetcher contract asks: a redirect is handed back with its Location made
 * absolute, never followed here (the crawl checks each hop like a link: core/crawl/redirects.ts).
 */
export const nodeFetcher: Fetcher = async (requestedUrl: string, opts: FetchOptions): Promise<FetchResult> => {
  let page: URL;
  try {
    page = new URL(requestedUrl);
  } catch {
    throw new FetchFailure(`not a URL: ${requestedUrl}`, 'other');
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') throw new FetchFailure(`unsupported scheme ${page.protocol}`, 'other');
  const controller = new AbortController();
  // One deadline for the request: connect, headers and body.
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const raw = await requestOnce(page, {
      headers: REQUEST_HEADERS,
      maxBytes: opts.maxBytes,
      signal: controller.signal,
      timeoutMs: opts.timeoutMs,
      wantBody: (status, headers) =>
        !(REDIRECT.has(status) && headers.location) &&
        (isTextual(mediaType(headers)) || (mediaType(headers) === 'application/octet-stream' && namedLikePage(page))),
    });
    const location = raw.headers.location;
    if (REDIRECT.has(raw.status) && location) {
      return {
        requestedUrl,
        url: page.href,
        status: raw.status,
        contentType: '',
        body: '',
        truncated: false,
        redirect: { location: absoluteLocation(location, page) },
      };
    }
    return toResult(requestedUrl, page, raw);
  } finally {
    clearTimeout(timer);
  }
};

/** The Location header resolved against the page (RFC 9110 §10.2.2 allows relative references); as sent when unreadable. */
function absoluteLocation(location: string, page: URL): string {
  try {
    return new URL(location, page).href;
  } catch {
    return location;
  }
}

/** Decode a response into the fetcher's contract: binary bodies are named by what they are, with no text. */
function toResult(requestedUrl: string, url: URL, raw: RawResponse): FetchResult {
  const declared = mediaType(raw.headers);
  const base = { requestedUrl, url: url.href, status: raw.status, truncated: raw.truncated, ...challengeHeaders((name) => raw.headers[name]) };
  const readable = isTextual(declared) || (declared === 'application/octet-stream' && namedLikePage(url));
  if (!readable || raw.body.length === 0) return { ...base, contentType: declared, body: '' };
  const contentTypeHeader = String(raw.headers['content-type'] ?? '');
  const utf16 = detectEncoding(raw.body, contentTypeHeader).startsWith('utf-16');
  const binary = sniffBinary(raw.body, utf16);
  if (binary) return { ...base, contentType: binary, body: '' };
  const body = decodeBody(raw.body, contentTypeHeader);
  // Unlabelled (or octet-stream) but plainly a page: call it what it is.
  const looksHtml = /^\s*(<!doctype html|<html|<head|<body)/i.test(body);
  const contentType = (declared === '' || declared === 'application/octet-stream') && looksHtml ? 'text/html' : declared;
  return { ...base, contentType, body };
}
