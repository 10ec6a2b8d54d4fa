// Why an audit could not be done at all: the start page could not be read. Such an audit is
// "failed" and gets no scores (a dead server is not a vendor hiding its contacts). The kind is
// read from how the start page's request ended (crawl.errors' kind and message), in words a
// shopper understands.
import type { CrawlError } from '../report/schema.js';

export const FAILURE_KINDS = [
  'dns',
  'refused',
  'tls',
  'timeout',
  'network',
  'http',
  'not-html',
  'challenge',
  'off-site',
  'not-a-url',
  'cancelled',
  'other',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface Failure {
  kind: FailureKind;
  /** One sentence for the shopper: "the server answered 503". */
  reason: string;
  /** The HTTP status, where one came. */
  status?: number;
}

// Node's error codes (libuv and OpenSSL) as the CLI's fetcher reports them: "ENOTFOUND: …".
const DNS = /\b(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)\b/;
const REFUSED = /\b(ECONNREFUSED)\b/;
const TLS = /\b(CERT_|ERR_TLS|ERR_SSL|UNABLE_TO_VERIFY|SELF_SIGNED|DEPTH_ZERO_SELF_SIGNED|EPROTO)|certificate|\bssl\b|\btls\b/i;

/** The failure the start page's error stands for. */
export function failureOf(error: CrawlError): Failure {
  const status = error.status;
  switch (error.kind) {
    case 'http':
      return status !== undefined && status >= 400
        ? { kind: 'http', status, reason: `the server answered ${status}` }
        : { kind: 'http', ...(status !== undefined ? { status } : {}), reason: `the server answered ${status ?? 'without a page'}, not with a page` };
    case 'soft-404':
      return { kind: 'http', ...(status !== undefined ? { status } : {}), reason: 'the start page says it was not found' };
    case 'timeout':
      return { kind: 'timeout', reason: 'the site did not answer in time' };
    case 'not-html':
      return {
        kind: 'not-html',
        ...(status !== undefined ? { status } : {}),
        reason: `the start page is not a web page (${error.message.replace(/^not HTML \(|\)$/g, '')})`,
      };
    case 'blocked':
      return { kind: 'challenge', ...(status !== undefined ? { status } : {}), reason: error.message };
    case 'redirect-off-site':
      return {
        kind: 'off-site',
        ...(status !== undefined ? { status } : {}),
        reason: `the start page ${error.message.replace(/ \(another site: not followed\)$/, '')}, another site`,
      };
    case 'network':
      if (DNS.test(error.message)) return { kind: 'dns', reason: 'the site’s address could not be found (DNS)' };
      if (REFUSED.test(error.message)) return { kind: 'refused', reason: 'the server refused the connection' };
      if (TLS.test(error.message)) return { kind: 'tls', reason: 'the secure connection failed (TLS)' };
      return { kind: 'network', reason: 'the site could not be reached' };
    default:
      if (TLS.test(error.message)) return { kind: 'tls', reason: 'the secure connection failed (TLS)' };
      return { kind: 'other', ...(status !== undefined ? { status } : {}), reason: `the start page could not be read: ${error.message}` };
  }
}
