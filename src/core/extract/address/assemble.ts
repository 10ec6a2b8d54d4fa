import type { AddressParts } from './parts.js';
import { COUNTRY } from '../../locale/country-names.js';
import { isTown, isUnitWord, type CountryPattern } from './pattern.js';
import { classifyLine, hasStreetWord, isLandmark, isNoise, isStreetish, splitSuites, splitTrailingTown, trimLead, type LineKind } from './street.js';

/** A tail (postcode and region/town) found in a window of text, with its pattern. */
export interface Tail {
  pattern: CountryPattern;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** An address put together around a tail: its parts and where its text starts and ends. */
export interface Assembled {
  parts: AddressParts;
  start: number;
  end: number;
}

interface Seg {
  text: string;
  start: number;
}

/** How many street lines (street, suite, building, PO box) an address may have before its town. */
const MAX_STREET_LINES = 5;
/** District or area lines allowed between street lines (common in Indian and Gulf addresses). */
const MAX_DISTRICTS = 2;
/** Lines looked at before a tail: street lines, districts, and up to three town/county lines. */
const MAX_SEGMENTS = MAX_STREET_LINES + MAX_DISTRICTS + 3;
/**
 * Line and list separators sites put between address parts instead of <br>; a spaced dash too ("1578 - Bela Vista", as Brazil
 * writes); the Arabic comma (U+060C).
 */
const SEPARATOR = /\n|,|،|\||•|·|♦|;|\\\\| \/ | [-–] /g;

function segments(text: string, from: number, to: number): Seg[] {
  const out: Seg[] = [];
  const slice = text.slice(from, to);
  let last = 0;
  const push = (end: number) => {
    const raw = slice.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/[\s–-]+$/, '');
    if (t) out.push({ text: t, start: from + last + lead });
  };
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(slice); m; m = SEPARATOR.exec(slice)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(slice.length);
  return out.slice(-MAX_SEGMENTS);
}

/** Put an address together from the text before `tail`, not reaching back past `limit`. */
export function assemble(text: string, tail: Tail, limit: number): Assembled | undefined {
  const segs = segments(text, limit, tail.start);
  const parts: AddressParts = { street: [], postcode: tail.groups.postcode?.trim() };
  parts.region = tail.groups.region ?? tail.groups.region2;
  parts.country = tail.groups.country;
  if (tail.pattern.town === 'inside') {
    parts.locality = tail.groups.locality;
    // Kept as written: "10115 Berlin" at home, "Leipzig 04356" on a foreign office list.
    const written = text.slice(tail.start, tail.end);
    parts.postcodeFirst = !!parts.postcode && written.indexOf(parts.postcode) < written.indexOf(parts.locality ?? '');
  } else if (!takeTown(segs, tail.pattern, parts)) {
    return undefined;
  }
  if (tail.pattern.needsTown && !townBeforePostcode(text, tail, parts)) return undefined;
  const strong = tail.pattern.strongPostcode === true;
  const classify = tail.pattern.classify;
  const { lines, kinds } = takeStreetLines(segs, strong, classify);
  if (!kinds.some(isStreetish) && !(strong && kinds.some((k) => k === 'building'))) return undefined;
  const named = tail.pattern.streetWord ?? hasStreetWord;
  if (tail.pattern.needsStreetWord && !lines.some((l) => named(l.text))) return undefined;
  const first = lines[0]!;
  // A line the country's own words read as a street ("Calle 93 # 11-28") is kept whole.
  const cut = classify?.(first.text) === 'street' ? first.text : trimLead(first.text);
  if (cut !== first.text) lines[0] = { text: cut, start: first.start + first.text.lastIndexOf(cut) };
  parts.street = splitSuites(lines.map((l) => l.text));
  parts.poBox = kinds.includes('po-box') && !kinds.includes('street');
  const end = takeCountry(text, tail.end, parts);
  return { parts, start: lines[0]!.start, end };
}

/**
 * A town right before a postcode-shaped number, not a street name before its house number: "Riyadh
 * 12214" is a town and a postcode, "Av. Corrientes 1234" a street (its street word says so).
 */
function townBeforePostcode(text: string, tail: Tail, parts: AddressParts): boolean {
  if (!parts.locality) return false;
  const from = Math.max(...['\n', ',', '،'].map((sep) => text.lastIndexOf(sep, tail.start - 1)));
  const line = text.slice(from + 1, tail.end).trim();
  return !hasStreetWord(line) && tail.pattern.classify?.(line) !== 'street';
}

const ONLINE = /@|https?:\/\/|\bwww\./i;

/** Walk back from the town through street, suite, building and PO box lines; stop at anything else. */
function takeStreetLines(segs: Seg[], strongPostcode = false, classify?: (line: string) => LineKind | undefined): { lines: Seg[]; kinds: LineKind[] } {
  const lines: Seg[] = [];
  const kinds: LineKind[] = [];
  // A line with an email address or a web address is no part of a postal address ("sales@acme.example" above the street).
  const kindOf = (text: string) => (ONLINE.test(text) ? 'other' : (classify?.(text) ?? classifyLine(text)));
  let districts = 0;
  while (segs.length && lines.length < MAX_STREET_LINES + districts) {
    const seg = segs.pop()!;
    const kind = kindOf(seg.text);
    if (kind !== 'other') {
      lines.unshift(seg);
      kinds.unshift(kind);
      continue;
    }
    // A district or landmark between street lines ("Red Fields", "(Opp. City Mall)"): keep it, walk on.
    const before = segs.at(-1);
    const between = !!before && kindOf(before.text) !== 'other';
    if (between && districts < MAX_DISTRICTS && (isTown(seg.text) || isLandmark(seg.text))) {
      lines.unshift(seg);
      kinds.unshift(kind);
      districts++;
      continue;
    }
    // A label or company before the street on its line ("Head office: 12 Mill St"). What is left
    // must name a street or a box: "Version 2 Release" is no "2 Release", and a number inside
    // noise ("Step 1 Choose a plan", "© 2024 Acme") opens nothing.
    const cut = trimLead(seg.text);
    const cutKind = classifyLine(cut);
    const strong = cutKind === 'po-box' || cutKind === 'suite' || (cutKind === 'street' && hasStreetWord(cut));
    if (!isNoise(seg.text) && cut !== seg.text && strong) {
      lines.unshift({ text: cut, start: seg.start + seg.text.lastIndexOf(cut) });
      kinds.unshift(cutKind);
    }
    break;
  }
  // A building name or a suite alone is not an address: a street or PO box must be there, unless
  // the postcode itself is specific enough and a named building is among the lines.
  const namedBuilding = strongPostcode && kinds.includes('building');
  while (!namedBuilding && kinds.length && (kinds[0] === 'building' || kinds[0] === 'suite') && !kinds.some(isStreetish)) {
    kinds.shift();
    lines.shift();
  }
  return { lines, kinds };
}

/** Take the town (and, for the UK, district and county lines) off the end of `segs`. */
function takeTown(segs: Seg[], pattern: CountryPattern, parts: AddressParts): boolean {
  const last = segs.at(-1);
  // A country line between town and postcode ("Kelby\nUnited Kingdom\nKY4 2NW"); a city-state's name is its town ("Singapore 079903").
  const townAbove = segs.length > 1 && isTown(segs.at(-2)!.text);
  if (last && townAbove && COUNTRY.test(last.text) && COUNTRY.exec(last.text)![0].length === last.text.length) {
    parts.country = last.text;
    segs.pop();
  }
  const seg = segs.pop();
  if (!seg) return false;
  const towns: string[] = [];
  // Right before the tail, "Ultimo Heights" or "Canary Wharf" is a town even if it sounds like a building.
  const kind = classifyLine(seg.text);
  if (isTown(seg.text) && (kind === 'other' || kind === 'building')) towns.push(seg.text);
  else {
    const split = splitTrailingTown(seg.text, isTown);
    if (split) {
      towns.push(split.town);
      segs.push({ text: split.street, start: seg.start });
    } else if (kind !== 'other') {
      segs.push(seg);
    } else {
      return false;
    }
  }
  while (towns.length && towns.length < pattern.maxTownLines && segs.length) {
    const prev = segs.at(-1)!;
    if (!isTown(prev.text) || (pattern.classify?.(prev.text) ?? classifyLine(prev.text)) !== 'other') break;
    towns.unshift(prev.text);
    segs.pop();
  }
  // "Block 317", "Post Box No." right before the number: the number is the block's or the box's, not a postcode.
  if (towns.length && isUnitWord(towns.at(-1)!.trim().replace(/[.,]$/, ''))) return false;
  parts.locality = towns.join(', ') || undefined;
  return true;
}

/** A country name right after the tail ("…, IL 62704, USA") joins the address. */
function takeCountry(text: string, end: number, parts: AddressParts): number {
  const after = text.slice(end, end + 40);
  const lead = after.match(/^[ \t]*[,،\n|•·]?[ \t\n]*/)![0];
  const m = COUNTRY.exec(after.slice(lead.length));
  if (!m) return end;
  parts.country ??= m[0];
  return end + lead.length + m[0].length;
}
