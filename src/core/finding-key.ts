import type { Flag } from './flags.js';
import type { PageFinding } from './types.js';

/**
 * What makes two findings the same contact. For most kinds the normalised value says it all; a
 * messaging finding's value is the app ('whatsapp'), so its target (the number or account) is
 * part of the key: a sales and a support WhatsApp number are two ways to reach a person.
 */
export function contactKey(f: Pick<PageFinding, 'kind' | 'value' | 'display'>): string {
  return f.kind === 'messaging' ? `${f.kind}\u0000${f.value}\u0000${f.display ?? ''}` : `${f.kind}\u0000${f.value}`;
}

/** Flags that describe one sighting's handicap: they hold for a contact only if every sighting has them. */
const EVERY_SIGHTING = new Set<Flag>(['collapsed', 'bot']);

/**
 * The flags of one contact seen twice. Most flags add up (a tel: link here, toll-free there); a
 * handicap such as 'collapsed' (inside a closed tab) is dropped once the contact is seen openly, and
 * a chatbot's 'bot' once a page says a person takes over from it (extract/chat/handover.ts).
 */
export function mergeFlags(a: readonly Flag[], b: readonly Flag[]): Flag[] {
  const merged = new Set([...a, ...b]);
  for (const flag of EVERY_SIGHTING) if (!(a.includes(flag) && b.includes(flag))) merged.delete(flag);
  return [...merged];
}
