import { LANGUAGE_PACKS } from '../locale/packs.js';
import { escapeRegExp } from '../role/fold.js';
import type { PageLink, Region } from '../types.js';

/** Header, nav and footer carry the site-wide links (contact, imprint) when the words are missing. */
const SITE_WIDE_REGIONS: ReadonlySet<Region> = new Set(['header', 'nav', 'footer']);

/**
 * One alternation per weight, highest first: a link is scored by 2 regex tests instead of one
 * per word (~100), which matters when a layer ranks hundreds of links between two rounds of requests.
 */
const WORDS: [RegExp, number][] = (
  [
    [3, 'strong'],
    [2, 'weak'],
  ] as const
).map(([weight, strength]) => {
  // The words of every language pack (locale/packs.ts): weight 3, a page about contacting the
  // vendor; weight 2, pages that often carry contacts.
  const words = LANGUAGE_PACKS.flatMap((pack) => pack.contactLinks[strength]).map((word) => escapeRegExp(fold(word)).replace(/[-\s]+/g, '[-\\s]*'));
  return [new RegExp(`(?:^|[^a-z0-9])(?:${[...new Set(words)].join('|')})`), weight];
});

/** Lower-case, accents off, so "À propos" and "a-propos" match one entry. */
function fold(text: string): string {
  // Plain ASCII (most link texts and paths) has no accents to take off.
  return /^[\x00-\x7f]*$/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

function wordWeight(text: string): number {
  for (const [re, weight] of WORDS) if (re.test(text)) return weight;
  return 0;
}

/** The words of a URL's path, e.g. "/de/ueber-uns/kontakt.html" → "de ueber uns kontakt html". */
function urlWords(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = url;
  }
  return fold(path).replace(/[/_.+]+/g, ' ');
}

/** How contact-like a URL alone is (0, 2 or 3): for sitemap entries, which have no link text. */
export function urlContactWeight(url: string): number {
  return wordWeight(urlWords(url));
}

/**
 * Higher first. Contact words on the link beat everything (text a little over URL words, since
 * the text is what a visitor reads); then site-wide regions; then the rest (0).
 */
export function linkScore(link: Pick<PageLink, 'url' | 'text' | 'region'>): number {
  return contactWordScore(link) + (SITE_WIDE_REGIONS.has(link.region) ? 5 : 0);
}

/** The contact words alone, on the link or in its URL: 0, 19–21 (weight 2) or 29–31 (weight 3). */
export function contactWordScore(link: Pick<PageLink, 'url' | 'text'>): number {
  const byText = wordWeight(fold(link.text));
  const byUrl = urlContactWeight(link.url);
  return Math.max(byText * 10 + (byUrl ? 1 : 0), byUrl * 10 - 1);
}

/** Stable sort: equal scores keep document order. */
export function rankLinks<T extends Pick<PageLink, 'url' | 'text' | 'region'>>(links: T[]): T[] {
  return rankScored(links).map((x) => x.link);
}

/** rankLinks with each link's score, for budget rules that treat links without contact signal apart. */
export function rankScored<T extends Pick<PageLink, 'url' | 'text' | 'region'>>(links: T[]): { link: T; score: number }[] {
  return links
    .map((link, i) => ({ link, i, score: linkScore(link) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ link, score }) => ({ link, score }));
}
