// Opening hours stated next to a contact ("Mon–Fri 9:00–17:30", "Lun-Ven 9h-18h", "Mo–Fr 8–18 Uhr",
// "平日 9:00〜18:00"): the days and a time range, in any language of the packs. Reported as
// written: the shopper reads them, nothing computes with them.
import { HOURS_PACKS as LANGUAGE_PACKS } from '../locale/hours-packs.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const DAY = alternation(LANGUAGE_PACKS.flatMap((p) => Object.values(p.days).flat()));
const WEEKDAYS = alternation(LANGUAGE_PACKS.flatMap((p) => p.weekdays));
const RANGE_WORDS = alternation(LANGUAGE_PACKS.flatMap((p) => p.rangeWords));
const TIME_WORDS = alternation(LANGUAGE_PACKS.flatMap((p) => p.timeWords));

/** A letter must not touch a word: "mo" in "month" is no Monday. */
const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const DASH = '[-–—~〜～]';
const TO = `(?:\\s*${DASH}\\s*|\\s+(?:${RANGE_WORDS})\\s+)`;
const DAYS = `${B}(?:(?:${WEEKDAYS})|(?:${DAY})\\.?(?:${TO}(?:${DAY})\\.?)?)${E}`;
const TIME = `\\d{1,2}(?:[:.h時]\\d{2})?(?:\\s?(?:${TIME_WORDS})${E})?`;
const HOURS = new RegExp(`${DAYS}[\\s,:]*${TIME}${TO}${TIME}`, 'iu');

/** The first opening hours in `text`, as written (spaces collapsed), or undefined. */
export function hoursIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return HOURS.exec(text)?.[0].replace(/\s+/g, ' ').trim();
}
