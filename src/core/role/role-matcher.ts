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
  // A word ends where letters end (checked once for all entries, after the alternation: see ANY).
  return prefix ? `${pattern}\\p{L}*` : pattern;
}

function alternation(entries: string[]): string {
  // Longest first: at one position the regex takes the first alternative that fits, so
  // "after-sales" (support) must be tried before "sales" (sales). Grouped by first letter, so
  // each position tries the entries of one letter, not all of them.
  const unique = [...new Set(entries.map((e) => fold(e)))].sort((a, b) => b.replace('*', '').length - a.replace('*', '').length);
  const byFirst = new Map<string, string[]>();
  for (const entry of unique) {
    const first = entry[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), entryPattern(entry).slice(escapeRegExp(first).length)]);
  }
  return [...byFirst].map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.join('|')})`).join('|');
}

const lists: Record<Category, string[]> = {
  neutral: NEUTRAL_PHRASES,
  other: OTHER_WORDS,
  sales: Object.values(SALES_WORDS).flat(),
  support: Object.values(SUPPORT_WORDS).flat(),
};

/**
 * Every entry, then one check that the word ends there: where letters end, or after the "@" of a
 * mailbox entry ("service@", followed by its domain). Backtracking tries the next entry when the
 * check fails, as a check inside each entry did; written once, the pattern compiles in about a
 * tenth of the time (each \\p{L} is a large class in a /u pattern): the first page of an audit pays it.
 */
const ANY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.values(lists).flat())})(?:(?<=@)|(?!\\p{L}))`, 'gu');
/** Separators the patterns treat as optional, removed to compare a match with an entry. */
const strip = (s: string) => s.replace(/[\s_'\u2019-]+/g, '');
const PRIORITY = ['neutral', 'other', 'support', 'sales'] as const;
/** Which list a matched phrase came from; neutral first so it wins over a compound prefix. */
const EXACT = new Map<string, Category>();
const PREFIX: [stem: string, category: Category][] = [];
for (const category of PRIORITY) {
  for (const entry of lists[category].map(fold)) {
    if (entry.endsWith('*')) PREFIX.push([strip(entry.slice(0, -1)), category]);
    else if (!EXACT.has(strip(entry))) EXACT.set(strip(entry), category);
  }
}

function categoryOf(match: string): Category | undefined {
  const key = strip(match);
  return EXACT.get(key) ?? PREFIX.find(([stem]) => key.startsWith(stem))?.[1];
}

/** Longer texts are cut: role words sit in labels and headings, and this bounds the scan. */
const MAX_CHARS = 2000;

/**
 * Answers for recent texts: the same title, URL words, heading and block text are asked about for
 * every finding on a page (and the title on every page of a site). Bounded; cleared when full.
 */
const MEMO = new Map<string, RoleMentions>();
const MAX_MEMO = 2000;

export function mentions(text: string | undefined): RoleMentions {
  if (!text) return { sales: false, support: false, other: false };
  const cut = text.slice(0, MAX_CHARS);
  const known = MEMO.get(cut);
  if (known) return { ...known };
  const found = scan(cut);
  if (MEMO.size >= MAX_MEMO) MEMO.clear();
  MEMO.set(cut, { ...found });
  return found;
}

function scan(text: string): RoleMentions {
  const found: RoleMentions = { sales: false, support: false, other: false };
  const folded = fold(text);
  // exec with lastIndex, not matchAll: matchAll clones the regex, recompiling this large pattern per call.
  ANY.lastIndex = 0;
  for (let m = ANY.exec(folded); m; m = ANY.exec(folded)) {
    const category = categoryOf(m[0]);
    if (category && category !== 'neutral') found[category] = true;
  }
  return found;
}
