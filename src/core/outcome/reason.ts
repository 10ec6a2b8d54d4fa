// A reason the engine gives (why an audit failed or is partial, why a sitemap-only page was not
// reached) as a catalogue message plus its English words. The report keeps the English (the JSON
// contract: outcome.reason) and, since schema 2.2.0, the message beside it for readers in other
// languages. The English is rendered from the catalogue, so the two never drift. Values stay
// language-neutral: numbers, URLs, statuses and technical error text; a phrase inside a reason is a
// nested message.
//
// The entries are imported one by one, not through translator(): the content script crawls, and
// esbuild then bundles these entries only, where the whole English catalogue would add some 90 KB to
// a script injected on every click (test/extension/build.test.ts holds its size).
import {
  report_reason_http_status,
  report_reason_http_not_page,
  report_reason_http_empty,
  report_reason_soft_404,
  report_reason_timeout,
  report_reason_not_html,
  report_reason_challenge,
  report_reason_off_site,
  report_reason_dns,
  report_reason_refused,
  report_reason_tls,
  report_reason_network,
  report_reason_unreadable,
  report_reason_not_a_url,
  report_reason_stopped_at_start,
  report_reason_cancelled,
  report_reason_no_page,
  report_reason_time_budget,
  report_reason_seconds,
  report_reason_pages_read_one,
  report_reason_pages_read_other,
  report_reason_cut_short_one,
  report_reason_cut_short_other,
  report_reason_contact_pages_failed,
  report_reason_user_stopped_one,
  report_reason_user_stopped_other,
  report_reason_tab_closed_one,
  report_reason_tab_closed_other,
  report_reason_tab_left_one,
  report_reason_tab_left_other,
  report_reason_stale,
  report_reason_sitemap_unlinked,
  report_reason_sitemap_budget,
} from '../i18n/messages/en/report.json';
import { formatMessage, type MessageParams, type MessageRef } from '../i18n/message-format.js';

/** Every reason the engine writes: the report area's report_reason_* entries (plurals as _one / _other). */
const ENGLISH = {
  report_reason_http_status,
  report_reason_http_not_page,
  report_reason_http_empty,
  report_reason_soft_404,
  report_reason_timeout,
  report_reason_not_html,
  report_reason_challenge,
  report_reason_off_site,
  report_reason_dns,
  report_reason_refused,
  report_reason_tls,
  report_reason_network,
  report_reason_unreadable,
  report_reason_not_a_url,
  report_reason_stopped_at_start,
  report_reason_cancelled,
  report_reason_no_page,
  report_reason_time_budget,
  report_reason_seconds,
  report_reason_pages_read_one,
  report_reason_pages_read_other,
  report_reason_cut_short_one,
  report_reason_cut_short_other,
  report_reason_contact_pages_failed,
  report_reason_user_stopped_one,
  report_reason_user_stopped_other,
  report_reason_tab_closed_one,
  report_reason_tab_closed_other,
  report_reason_tab_left_one,
  report_reason_tab_left_other,
  report_reason_stale,
  report_reason_sitemap_unlinked,
  report_reason_sitemap_budget,
};

/** A reason's key; a plural one is named without its _one / _other ending. */
export type ReasonKey = keyof typeof ENGLISH | PluralBase<keyof typeof ENGLISH>;
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

export interface Reason {
  /** In English, as the report's JSON has always carried it. */
  reason: string;
  message: MessageRef;
}

const english = (key: string): string | undefined => (Object.hasOwn(ENGLISH, key) ? ENGLISH[key as keyof typeof ENGLISH].message : undefined);

/** The message and its English words. */
export function reasonOf(key: ReasonKey, params?: MessageParams): Reason {
  return { reason: formatMessage(english, 'en', key, params), message: phrase(key, params) };
}

/** A nested message, for a phrase inside a reason ("the 3 pages read"). */
export function phrase(key: ReasonKey, params?: MessageParams): MessageRef {
  return params ? { key, params } : { key };
}
