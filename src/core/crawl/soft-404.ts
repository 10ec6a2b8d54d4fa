import { packPattern } from '../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../locale/packs.js';
import { fold } from '../role/fold.js';

/**
 * Soft 404s: a server that answers 200 with a "Page not found" page for any path. Analysed as a
 * page, such an answer made a broken Contact link count as a contact page, and its relative
 * links let the crawl wander (/a/contact/home/contact/…). A shopper who lands there finds no
 * contact page, so the crawl records it as an error (kind 'soft-404') and neither analyses it
 * nor follows its links.
 *
 * Judged by what the page calls itself (its <title> and first <h1>s), never by its body text:
 * a real contact page may well say "404" ("Suite 404", an Atlanta number "(404) 555-0100",
 * "got an error 404? write to us"), but it does not call itself "Page not found". Comparing with
 * the site's answer to a made-up path was left out: it costs a request on the critical path of
 * every audit, and an identical answer cannot tell a not-found template from a single-page app's
 * shell or a catch-all home page without running scripts.
 */

/**
 * Phrases that say "this page was not found" wherever they stand in a title or heading, in every
 * language pack's words (locale/packs/*: notFound), tested on the folded text (role/fold.ts).
 */
const NOT_FOUND_PHRASES = packPattern(LANGUAGE_PACKS, (pack) => pack.notFound.phrases, 'anywhere');

/** Each word as written and folded: the title is read both ways (folding decomposes kana and Cyrillic). */
const bothWays = (words: string[]) => new Set(words.flatMap((w) => [w, fold(w)]));

/**
 * A title part or heading that is nothing but the error ("404", "Not found", "Oops! Error 404",
 * "404 Page Not Found"): once the filler words are taken out, nothing but "404" or a language's
 * "not found" is left. A help article titled "How to fix error 404" keeps other words.
 */
const FILLER = bothWays(LANGUAGE_PACKS.flatMap((pack) => pack.notFound.filler));
const BARE_CORE = bothWays(['', ...LANGUAGE_PACKS.flatMap((pack) => pack.notFound.bare)]);

function bareNotFound(piece: string): boolean {
  const words = piece
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const has404 = words.includes('404');
  const rest = words.filter((w) => w !== '404' && !FILLER.has(w)).join(' ');
  return BARE_CORE.has(rest) && (has404 || rest !== '');
}

/** Separators between a title's parts: "Page not found | Acme", "404 – Acme GmbH". */
const TITLE_PARTS = /\s+[|–—·•:-]\s+|\s*[|–—·•]\s*/;

/** Headings read: the first few <h1>s (a template may put the logo in one). */
const MAX_HEADINGS = 3;
/** Longer text is a sentence about something else, not a page calling itself not found. */
const MAX_HEADING_CHARS = 200;

/**
 * Why a page that answered 200 is a soft 404 ("the title says \"Page not found\""), or undefined
 * for a real page. `title` and `headings` are the page's own, whitespace collapsed.
 */
export function softNotFoundReason(title: string, headings: readonly string[]): string | undefined {
  if (says(title, TITLE_PARTS)) return `the title says "${clip(title)}"`;
  const heading = headings.slice(0, MAX_HEADINGS).find((h) => says(h));
  return heading === undefined ? undefined : `the heading says "${clip(heading)}"`;
}

function says(text: string, parts?: RegExp): boolean {
  if (!text || text.length > MAX_HEADING_CHARS) return false;
  const lower = text.replace(/[‘’ʼ]/g, "'").toLowerCase().trim();
  const folded = fold(lower);
  if (NOT_FOUND_PHRASES.test(folded)) return true;
  return [lower, folded].some((t) => (parts ? t.split(parts) : [t]).some(bareNotFound));
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
