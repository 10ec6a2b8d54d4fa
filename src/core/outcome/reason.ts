// A reason the engine gives (why an audit failed or is partial, why a sitemap-only page was not
// reached) as a catalogue message plus its English words. The report keeps the English (the JSON
// contract: outcome.reason) and, since schema 2.2.0, the message beside it for readers in other
// languages. The English is rendered from the catalogue, so the two never drift. Values stay
// language-neutral: numbers, URLs, statuses and technical error text; a phrase inside a reason is a
// nested message.
//
// Its own catalogue area (messages/<language>/reason.json), imported whole, not through
// translator(): the content script crawls, and the whole English catalogue would add some 90 KB to
// a script injected on every click (test/extension/build.test.ts holds its size).
import ENGLISH from '../i18n/messages/en/reason.json';
import { formatMessage, type MessageParams, type MessageRef } from '../i18n/message-format.js';

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
