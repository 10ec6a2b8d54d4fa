// Why an audit could not be done at all: the start page could not be read. Such an audit is
// "failed" and gets no scores (a dead server is not a vendor hiding its contacts). The kind is
// read from how the start page's request ended (crawl.errors' kind and message), in words a
// shopper understands.
import type { MessageRef } from '../i18n/message-format.js';
import type { CrawlError } from '../report/schema.js';
import { reasonOf } from './reason.js';

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
  /** Since schema 2.2.0: the reason as a catalogue message (reason is its English). */
  message?: MessageRef;
  /** The HTTP status, where one came. */
  status?: number;
}

// Node's error codes (libuv and OpenSSL) as the CLI's fetcher reports them: "ENOTFOUND: …".
const DNS = /\b(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)\b/;
const REFUSED = /\b(ECONNREFUSED)\b/;
const TLS = /\b(CERT_|ERR_TLS|ERR_SSL|UNABLE_TO_VERIFY|SELF_SIGNED|DEPTH_ZERO_SELF_SIGNED|EPROTO)|certificate|\bssl\b|\btls\b/i;

// The fetcher's own wording (fetch-page.ts) of an off-site redirect and a bot challenge.
const OFF_SITE = /^redirects to (.+) \(another site: not followed\)$/;
const CHALLENGE = /^bot protection \((.+)\) answered with a challenge instead of the page$/;

/** The failure the start page's error stands for. */
export function failureOf(error: CrawlError): Failure {
  const status = error.status;
  const withStatus = status !== undefined ? { status } : {};
  switch (error.kind) {
    case 'http':
      if (status !== undefined && status >= 400) return { kind: 'http', status, ...reasonOf('reason_http_status', { status: String(status) }) };
      return {
        kind: 'http',
        ...withStatus,
        ...(status !== undefined ? reasonOf('reason_http_not_page', { status: String(status) }) : reasonOf('reason_http_empty')),
      };
    case 'soft-404':
      return { kind: 'http', ...withStatus, ...reasonOf('reason_soft_404') };
    case 'timeout':
      return { kind: 'timeout', ...reasonOf('reason_timeout') };
    case 'not-html':
      return { kind: 'not-html', ...withStatus, ...reasonOf('reason_not_html', { type: error.message.replace(/^not HTML \(|\)$/g, '') }) };
    case 'blocked': {
      const service = CHALLENGE.exec(error.message)?.[1];
      return { kind: 'challenge', ...withStatus, ...(service ? reasonOf('reason_challenge', { service }) : { reason: error.message }) };
    }
    case 'redirect-off-site': {
      const url = OFF_SITE.exec(error.message)?.[1];
      if (url) return { kind: 'off-site', ...withStatus, ...reasonOf('reason_off_site', { url }) };
      return { kind: 'off-site', ...withStatus, reason: `the start page ${error.message.replace(/ \(another site: not followed\)$/, '')}, another site` };
    }
    case 'network':
      if (DNS.test(error.message)) return { kind: 'dns', ...reasonOf('reason_dns') };
      if (REFUSED.test(error.message)) return { kind: 'refused', ...reasonOf('reason_refused') };
      if (TLS.test(error.message)) return { kind: 'tls', ...reasonOf('reason_tls') };
      return { kind: 'network', ...reasonOf('reason_network') };
    default:
      if (TLS.test(error.message)) return { kind: 'tls', ...reasonOf('reason_tls') };
      return { kind: 'other', ...withStatus, ...reasonOf('reason_unreadable', { detail: error.message }) };
  }
}
