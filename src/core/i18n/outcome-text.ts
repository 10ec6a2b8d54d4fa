// The engine's reasons in the reader's language: why an audit failed or is partial, why a
// sitemap-only page was not reached. A report keeps them in English (the JSON contract:
// outcome.reason) and, since schema 2.2.0, as catalogue messages beside; a report without one
// (older, or a reason the catalogue does not cover, such as a bot-protection page's own words) is
// shown in its English words.
import type { MessageKey, Translate } from './catalogue.js';
import type { MessageRef } from './message-format.js';

/** Anything the engine explains with a reason: an outcome, a sitemap-only page. */
export interface Reasoned {
  reason?: string | undefined;
  message?: MessageRef | undefined;
}

/** The reason in t's language; its English words when it has no message the catalogue knows. */
export function reasonText(item: Reasoned, t: Translate): string | undefined {
  if (!item.message) return item.reason;
  const text = t(item.message.key as MessageKey, item.message.params);
  return text === item.message.key ? item.reason : text;
}

/** Why an audit failed or is partial, in t's language; undefined for a complete audit. */
export function outcomeReason(outcome: Reasoned, t: Translate): string | undefined {
  return reasonText(outcome, t);
}
