import type { AddressParts } from './parts.js';

/**
 * Addresses written in Chinese, Japanese or Korean: one run of text from the largest unit down,
 * with no commas or line breaks between the parts, so they are read whole rather than assembled
 * from street lines before a postcode (assemble.ts). Shapes from libaddressinput's formats
 * (../shared/data/address-formats.json: JP "〒%Z%n%S%C%n%A", KR "%S %C%D%n%A", CN "%Z%n%S%C%D%n%A").
 *  - Japan: the postal mark and a ###-#### postcode, then prefecture, city and block numbers
 *    ("〒530-0001 大阪府大阪市北区梅田1-2-3"); or a prefecture, a city and a block number without it.
 *  - Korea: province or metropolitan city, city/county/district, a road (…로, …길) and its number
 *    ("부산광역시 해운대구 센텀중앙로 97").
 *  - China: province, city (…市), district, a road (…路, …街, …大道) and its number (…号), with a
 *    six-digit postcode after 邮编 where written ("北京市朝阳区建国路88号 邮编100022").
 */
export interface CjkAddress {
  start: number;
  end: number;
  parts: AddressParts;
}

const HAN = '\\p{Script=Han}';
const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〇ヶ]';
const DIGITS = '[0-9０-９]';
/** A Japanese address's tail: blocks and numbers ("1-2-3", "一丁目2番3号", "梅田ビル5階"). */
const JA_REST = `(?:${JA}|${DIGITS}|[-－−‐の丁目番地号階Ff#＃ ])`;
const PREFECTURE = `(?:東京都|北海道|(?:京都|大阪)府|${HAN}{2,3}県)`;
/** A building and floor after the number ("中環廣場35樓", "大廈12樓1203室"): part of the address as written. */
const BUILDING_FLOOR = `(?:${HAN}{1,8}?(?:大廈|大厦|廣場|广场|中心|大樓|大楼))?(?:${DIGITS}{1,3}[樓楼](?:${DIGITS}{1,4}室)?)?`;
/** Chinese road words: road, street, avenue, way, lane, alley (Beijing's 胡同, Shanghai's 弄), and their traditional forms. */
const ROAD = '路|街|大道|道|巷|弄|胡同|里';

const PATTERNS: { country: string; re: RegExp }[] = [
  {
    country: 'JP',
    re: new RegExp(
      `〒[ \\t]?(?<postcode>${DIGITS}{3}[-－]${DIGITS}{4})[ \\t]*(?<street>${PREFECTURE}?${JA}{1,12}?(?:市|区|町|村|郡)${JA_REST}{0,40}?${DIGITS}{1,6}(?:[-－−]${DIGITS}{1,6}){0,3}(?:${JA_REST}{0,20}${JA})?)`,
      'gu',
    ),
  },
  { country: 'JP', re: new RegExp(`(?<street>${PREFECTURE}${JA}{1,12}?(?:市|区|町|村|郡)${JA_REST}{0,40}?${DIGITS}{1,6}(?:[-－−]${DIGITS}{1,6}){1,3})`, 'gu') },
  {
    country: 'KR',
    // Each name is a few syllables: bounded, so a long run of Hangul is not tried at every length.
    re: /(?<street>[\p{Script=Hangul}]{2,8}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+(?:[\p{Script=Hangul}]{1,8}(?:시|군|구)[ \t]+){1,2}(?:[\p{Script=Hangul}]{1,8}(?:읍|면|동)[ \t]+)?[\p{Script=Hangul}\d]{1,16}(?:로|길)[ \t]*\d{1,5}(?:-\d{1,5})?)(?:[ \t]*\(?(?<postcode>\d{5})\)?)?/gu,
  },
  {
    // Korea by lot number (지번), without a road: dong or ri, then the lot ("서울특별시 강남구 역삼동 823-1").
    country: 'KR',
    re: /(?<street>[\p{Script=Hangul}]{2,8}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+(?:[\p{Script=Hangul}]{1,8}(?:시|군|구)[ \t]+){1,2}(?:[\p{Script=Hangul}]{1,8}(?:읍|면)[ \t]+)?[\p{Script=Hangul}\d]{1,8}(?:동|리|가)[ \t]*(?:산[ \t]*)?\d{1,5}(?:-\d{1,5})?(?:번지)?)/gu,
  },
  {
    country: 'CN',
    re: new RegExp(
      `(?<street>(?:${HAN}{2,3}(?:省|自治区))?${HAN}{2,4}市(?:(?:${HAN}{1,5}(?:区|县|市))?${HAN}{1,12}?(?:${ROAD})|${HAN}{1,5}(?:区|县)${HAN}{1,12}?)${DIGITS}{1,6}号)` +
        `(?:[ \\t]*(?:邮编|郵編)[:：]?[ \\t]*(?<postcode>\\d{6}))?`,
      'gu',
    ),
  },
  {
    // Taiwan in traditional characters, postcode first: "110台北市信義區信義路五段7號" (Chunghwa Post; libaddressinput TW "%Z%n%S%C%n%A").
    country: 'TW',
    re: new RegExp(
      `(?:(?<postcode>\\d{3}(?:\\d{2})?)[ \\t]*)?(?<street>${HAN}{1,2}(?:市|縣)(?:${HAN}{1,4}(?:區|鄉|鎮|市))?${HAN}{1,10}?(?:路|街|大道)` +
        `(?:[一二三四五六七八九十]{1,3}段)?(?:${DIGITS}{1,4}巷)?(?:${DIGITS}{1,4}弄)?${DIGITS}{1,6}號(?:${DIGITS}{1,3}樓)?)`,
      'gu',
    ),
  },
  {
    // Hong Kong in traditional characters, no postcode: region, district, road and number ("香港九龍尖沙咀廣東道33號"; Hongkong Post).
    country: 'HK',
    re: new RegExp(
      `(?<street>(?:香港|九龍|九龙|新界)(?:九龍|新界|島)?${HAN}{1,8}?(?:道|街|路|里)${DIGITS}{1,6}(?:-${DIGITS}{1,4})?[號号]${BUILDING_FLOOR})`,
      'gu',
    ),
  },
];

/** Quick test: any Han, Hangul or kana character and a digit (every shape above holds both). */
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Longest block text read: an address is in the first few thousand characters of its block, and this bounds the work. */
const MAX_CHARS = 20_000;

export function cjkAddresses(whole: string): CjkAddress[] {
  const text = whole.length > MAX_CHARS ? whole.slice(0, MAX_CHARS) : whole;
  if (!CJK.test(text) || !/[0-9０-９]/.test(text)) return [];
  const out: CjkAddress[] = [];
  for (const { country, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // The first shape that reads a place wins (the postal-mark form before the bare one).
      if (out.some((a) => start < a.end && end > a.start)) continue;
      const street = (m.groups?.street ?? '').trim();
      const postcode = m.groups?.postcode;
      out.push({ start, end, parts: { street: [street], ...(postcode ? { postcode, postcodeFirst: country !== 'KR' } : {}) } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
