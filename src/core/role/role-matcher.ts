import { escapeRegExp, fold } from './fold.js';
import { NEUTRAL_PHRASES, OTHER_WORDS, SALES_WORDS, SUPPORT_WORDS } from './role-words.js';

/** What a piece of text names. `other`: press, jobs, "general enquiries" (see role-words.ts). */
export interface RoleMentions {
  sales: boolean;
  support: boolean;
  other: boolean;
}

type Category = 'neutral' | 'other' | 'sales' | 'support';

/** One word-list entry as a pattern: spaces and hyphens optional ("help desk" = "helpdesk"), '*' = compound. */
function entryPattern(entry: string): string {
  const prefix = entry.endsWith('*');
  const body = fold(prefix ? entry.slice(0, -1) : entry);
  const pattern = body
    .split(/([ '-])/)
    .map((part) => (part === ' ' || part === '-' ? '[\\s_-]?' : part === "'" ? "['\u2019]?\\s?" : escapeRegExp(part)))
    .join('');
  // A word ends where letters end; a mailbox entry ("service@") is followed by its domain.
  if (body.endsWith('@')) return pattern;
  return `${pattern}${prefix ? '\\p{L}*' : ''}(?!\\p{L})`;
}

function alternation(entries: string[]): string {
  // Longest first: at one position the regex takes the first alternative that fits, so
  // "after-sales" (support) must be tried before "sales" (sales).
  const unique = [...new Set(entries)].sort((a, b) => b.replace('*', '').length - a.replace('*', '').length);
  return unique.map(entryPattern).join('|');
}

const lists: Record<Category, string[]> = {
  neutral: NEUTRAL_PHRASES,
  other: OTHER_WORDS,
  sales: Object.values(SALES_WORDS).flat(),
  support: Object.values(SUPPORT_WORDS).flat(),
};

const ANY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.values(lists).flat())})`, 'gu');
/** Which list a matched phrase came from; neutral first so it wins over a compound prefix. */
const WHOLE: [Category, RegExp][] = (['neutral', 'other', 'support', 'sales'] as const).map((c) => [
  c,
  new RegExp(`^(?:${alternation(lists[c])})$`, 'u'),
]);

/** Longer texts are cut: role words sit in labels and headings, and this bounds the scan. */
const MAX_CHARS = 2000;

export function mentions(text: string | undefined): RoleMentions {
  const found: RoleMentions = { sales: false, support: false, other: false };
  if (!text) return found;
  for (const m of fold(text.slice(0, MAX_CHARS)).matchAll(ANY)) {
    const category = WHOLE.find(([, re]) => re.test(m[0]))?.[0];
    if (category && category !== 'neutral') found[category] = true;
  }
  return found;
}
