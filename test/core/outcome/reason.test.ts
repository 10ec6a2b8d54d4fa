import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { TimeBudget } from '../../../src/core/crawl/time-budget.js';
import { translator } from '../../../src/core/i18n/catalogue.js';
import type { UiLanguage } from '../../../src/core/i18n/languages.js';
import { isMessageRef, type MessageRef, type MessageValue } from '../../../src/core/i18n/message-format.js';
import { outcomeReason, reasonText } from '../../../src/core/i18n/outcome-text.js';
import { failureOf } from '../../../src/core/outcome/failure.js';
import { outcomeOf } from '../../../src/core/outcome/outcome.js';
import { reasonOf, type Reason } from '../../../src/core/outcome/reason.js';
import type { CrawlError } from '../../../src/core/report/schema.js';
import { CrawlSummarySchema } from '../../../src/messages.js';
import { fakeSite, html } from '../crawl/fake-fetcher.js';

const U = 'https://acme.example/';
const OTHERS: UiLanguage[] = ['de', 'fr', 'es'];

/** Every way the start page can fail, one error each, with the failure kind it stands for. */
const ERRORS: [string, CrawlError][] = [
  ['http', { url: U, kind: 'http', status: 503, message: 'HTTP 503' }],
  ['http', { url: U, kind: 'http', status: 304, message: 'HTTP 304' }],
  ['http', { url: U, kind: 'http', message: 'no status' }],
  ['http', { url: U, kind: 'soft-404', status: 200, message: 'soft 404' }],
  ['timeout', { url: U, kind: 'timeout', message: 'timeout' }],
  ['not-html', { url: U, kind: 'not-html', status: 200, message: 'not HTML (application/pdf)' }],
  ['challenge', { url: U, kind: 'blocked', status: 403, message: 'bot protection (Cloudflare) answered with a challenge instead of the page' }],
  ['off-site', { url: U, kind: 'redirect-off-site', status: 302, message: 'redirects to https://other.example/ (another site: not followed)' }],
  ['dns', { url: U, kind: 'network', message: 'ENOTFOUND: getaddrinfo ENOTFOUND acme.example' }],
  ['refused', { url: U, kind: 'network', message: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9' }],
  ['tls', { url: U, kind: 'network', message: 'CERT_HAS_EXPIRED: certificate has expired' }],
  ['tls', { url: U, kind: 'other', message: 'ERR_SSL_PROTOCOL_ERROR' }],
  ['network', { url: U, kind: 'network', message: 'Failed to fetch' }],
  ['other', { url: U, kind: 'other', message: 'socket hang up' }],
];

/** The text values of a message, nested ones included: what goes into every language unchanged. */
function leaves(params: Readonly<Record<string, MessageValue>> | undefined): (string | number)[] {
  return Object.values(params ?? {}).flatMap((v) => (isMessageRef(v) ? leaves(v.params) : [v]));
}

/** A reason renders in each language: its own words (not the English, not the key), every placeholder filled. */
function expectTranslated(message: MessageRef, english: string): void {
  expect(translator('en')(message.key as never, message.params)).toBe(english);
  for (const language of OTHERS) {
    const text = translator(language)(message.key as never, message.params);
    expect(text, `${message.key} in ${language}`).not.toBe(english);
    expect(text).not.toContain(message.key);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}|reason_/);
    // Language-neutral values reach the reader as they are.
    for (const value of leaves(message.params)) if (typeof value === 'string' && value.length > 2) expect(text).toContain(value);
  }
}

describe('failureOf: each failure kind as a catalogue message', () => {
  it.each(ERRORS)('%s renders in de, fr and es, with values taken from the error only', (kind, error) => {
    const failure = failureOf(error);
    expect(failure.kind).toBe(kind);
    expect(failure.message?.key).toMatch(/^reason_/);
    expectTranslated(failure.message!, failure.reason);
    // No English phrase hides in a value: each is the status or a piece of the error's own text.
    for (const value of leaves(failure.message?.params)) expect(`${error.status ?? ''} ${error.message}`).toContain(String(value));
  });

  it('keeps the English reasons the report has always carried', () => {
    const reasons = ERRORS.map(([, error]) => failureOf(error).reason);
    expect(reasons).toEqual([
      'the server answered 503',
      'the server answered 304, not with a page',
      'the server answered without a page, not with a page',
      'the start page says it was not found',
      'the site did not answer in time',
      'the start page is not a web page (application/pdf)',
      'bot protection (Cloudflare) answered with a challenge instead of the page',
      'the start page redirects to https://other.example/, another site',
      'the site’s address could not be found (DNS)',
      'the server refused the connection',
      'the secure connection failed (TLS)',
      'the secure connection failed (TLS)',
      'the site could not be reached',
      'the start page could not be read: socket hang up',
    ]);
  });

  it('has no message for wording it does not know (a challenge described otherwise): the English stands', () => {
    const odd = failureOf({ url: U, kind: 'blocked', status: 403, message: 'a captcha page' });
    expect(odd).toEqual({ kind: 'challenge', status: 403, reason: 'a captcha page' });
    expect(outcomeReason(outcomeOf({ failure: odd, pages: [] }, undefined), translator('de'))).toBe('a captcha page');
  });
});

describe('partial reasons as catalogue messages', () => {
  it('the time budget: seconds, pages and requests cut short as numbers, the phrases as nested messages', () => {
    const budget = new TimeBudget(1_500);
    budget.cutShort = 2;
    const { reason, message } = budget.reason(7);
    expect(reason).toBe('time budget used up (1.5 s): the report covers the 7 pages read, 2 requests cut short; pages still to visit were not requested');
    expectTranslated(message, reason);
    expect(message.params).toMatchObject({ time: { key: 'reason_seconds', params: { seconds: 1.5 } } });
    expect(translator('de')(message.key as never, message.params)).toBe(
      'Zeitbudget aufgebraucht (1,5 s): der Bericht umfasst die 7 gelesenen Seiten, 2 Anfragen abgebrochen; noch ausstehende Seiten wurden nicht abgerufen',
    );
    const one = new TimeBudget(2_000).reason(1);
    expect(one.reason).toBe('time budget used up (2 s): the report covers the 1 page read; pages still to visit were not requested');
    expect(translator('fr')(one.message.key as never, one.message.params)).toBe(
      'budget de temps épuisé (2 s) : le rapport couvre 1 page lue ; les pages restant à visiter n’ont pas été demandées',
    );
  });

  it('a cancelled crawl says so in the crawl result and in the message', async () => {
    const site = fakeSite('https://vendor.example', { '/': html([]) });
    const r = await crawlSite('https://vendor.example/', { ...DEFAULT_CRAWL_OPTIONS, useSitemap: false }, site.fetcher, { signal: { aborted: true } });
    expect(r.partialReason).toBe('cancelled');
    expect(r.partialMessage).toEqual({ key: 'reason_cancelled' });
    expect(r.failure).toMatchObject({ kind: 'cancelled', reason: 'the audit was stopped before the start page was read' });
    expectTranslated(r.failure!.message!, r.failure!.reason);
    const outcome = outcomeOf(r, r.partialReason, r.partialMessage);
    expect(outcomeReason(outcome, translator('es'))).toBe('la auditoría se detuvo antes de leer la página de inicio');
  });

  it('every other reason the engine and the worker write renders in each language', () => {
    const reasons: Reason[] = [
      reasonOf('reason_cancelled'),
      reasonOf('reason_not_a_url'),
      reasonOf('reason_no_page'),
      reasonOf('reason_contact_pages_failed', { failed: '2', errors: 'HTTP 500; HTTP 502' }),
      reasonOf('reason_user_stopped', { count: 1 }),
      reasonOf('reason_user_stopped', { count: 12 }),
      reasonOf('reason_tab_closed', { count: 3 }),
      reasonOf('reason_tab_left', { count: 3 }),
      reasonOf('reason_stale'),
      reasonOf('reason_sitemap_unlinked', { depth: '3' }),
      reasonOf('reason_sitemap_budget', { depth: '3', pages: '60' }),
    ];
    for (const { reason, message } of reasons) expectTranslated(message, reason);
    expect(reasons.map((r) => r.reason).slice(3, 7)).toEqual([
      'every contact page failed (2): HTTP 500; HTTP 502',
      'You stopped the audit; this report covers the 1 page read by then.',
      'You stopped the audit; this report covers the 12 pages read by then.',
      'The tab was closed before the audit finished; this report covers the 3 pages crawled by then.',
    ]);
  });

  it('outcomeOf carries the message beside the reason; a missing page reads as failed, in words', () => {
    const partial = reasonOf('reason_cancelled');
    expect(outcomeOf({ pages: [{}] }, partial.reason, partial.message)).toEqual({ status: 'partial', reason: 'cancelled', message: partial.message });
    const none = outcomeOf({ pages: [] }, undefined);
    expect(none).toEqual({ status: 'failed', reason: 'no page of the site could be read', message: { key: 'reason_no_page' }, failure: 'other' });
    expect(outcomeReason(none, translator('de'))).toBe('keine Seite der Website konnte gelesen werden');
  });
});

describe('outcomeReason / reasonText', () => {
  it('falls back to the English words without a message, or with a key the catalogue lacks', () => {
    const de = translator('de');
    expect(outcomeReason({ reason: 'cancelled' }, de)).toBe('cancelled');
    expect(outcomeReason({}, de)).toBeUndefined();
    expect(reasonText({ reason: 'from a newer tool', message: { key: 'reason_from_the_future' } }, de)).toBe('from a newer tool');
    expect(reasonText({ reason: 'in sitemap.xml, not linked within 3 clicks', message: { key: 'reason_sitemap_unlinked', params: { depth: '3' } } }, de)).toBe(
      'in sitemap.xml, aber nicht innerhalb von 3 Klicks verlinkt',
    );
  });
});

describe('the extension carries the messages from the content script to the worker', () => {
  it('a crawl summary keeps the partial reason, the failure and the sitemap-only messages, nested phrases included', () => {
    const budget = new TimeBudget(1_500).reason(3);
    const failure = failureOf({ url: U, kind: 'http', status: 503, message: 'HTTP 503' });
    const unlinked = reasonOf('reason_sitemap_unlinked', { depth: '3' });
    const summary = {
      startUrl: U,
      site: 'https://acme.example',
      errors: [],
      skipped: [],
      sitemapOnly: [{ url: `${U}kontakt`, ...unlinked }],
      partialReason: budget.reason,
      partialMessage: budget.message,
      failure,
    };
    const parsed = CrawlSummarySchema.parse(summary);
    expect(parsed.partialMessage).toEqual(budget.message);
    expect(parsed.failure?.message).toEqual(failure.message);
    expect(parsed.sitemapOnly[0]?.message).toEqual(unlinked.message);
    expect(CrawlSummarySchema.safeParse({ ...summary, partialMessage: { key: 'x'.repeat(200) } }).success).toBe(false);
  });
});
