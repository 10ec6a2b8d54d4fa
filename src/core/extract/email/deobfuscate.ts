import { LANGUAGE_PACKS } from '../../locale/packs.js';
import type { LanguagePack } from '../../locale/language-pack.js';
import { escapeRegExp } from '../../role/fold.js';
import { normalizeEmail } from './address.js';

/**
 * Addresses written out to fool harvesters: "sales [at] acme [dot] com", "sales(at)acme.com",
 * "sales {at} acme {dot} com", "sales AT acme DOT com", "sales at acme dot com", "sales @ acme . com".
 * Bracketed tokens are unambiguous. Bare " at " / " dot " words (and a spaced " @ ") are ordinary
 * prose, so that form counts only when the result looks like a real address: a common TLD, and no
 * everyday word where the mailbox or the domain should be ("meet at the office dot", "visit us at acme.com").
 * (Entities such as &#64; need nothing here: cheerio decodes them in text and attributes.)
 */

const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
/** A field of every language pack's emailWords, as alternatives of literal words. */
const words = (key: keyof LanguagePack['emailWords']) => [...new Set(LANGUAGE_PACKS.flatMap((pack) => pack.emailWords[key]))].map(escapeRegExp).join('|');
/** Alternatives, the empty ones (a field no pack fills) left out. */
const either = (...parts: string[]) => `(?:${parts.filter(Boolean).join('|')})`;
/** The words written for "@" in brackets in every language pack ("at", "arroba", "chez"), and the sign itself. */
export const AT_WORD = either(words('at'), '@');
const DOT_WORD = either(words('dot'), '\\.');
const BRACKET_AT = String.raw`\s*${OPEN}\s*${AT_WORD}\s*${CLOSE}\s*`;
const BRACKET_DOT = String.raw`\s*${OPEN}\s*${DOT_WORD}\s*${CLOSE}\s*`;
const BARE_AT = `\\s+${either(words('bareAt'), '@')}\\s+`;
const BARE_DOT = `\\s+${either(words('bareDot'), '\\.')}\\s+`;
const LOCAL = String.raw`[a-z0-9][a-z0-9._%+-]{0,63}`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;

const AT = `(?:${BRACKET_AT}|${BARE_AT}|@)`;
const DOT = `(?:${BRACKET_DOT}|${BARE_DOT}|\\.)`;
const CANDIDATE = new RegExp(`(?<![a-z0-9._%+-])(${LOCAL})(${AT})(${LABEL}(?:${DOT}${LABEL})+)(?![a-z0-9-])`, 'gi');
const AT_TOKEN = new RegExp(`^${AT}$`, 'i');
const DOT_TOKENS = new RegExp(DOT, 'gi');

/** TLDs common enough that "x at y dot <tld>" in prose is an address (bare-word form only). */
const COMMON_TLDS = new Set(
  (
    'com net org info biz edu gov io co ai app dev eu de at ch fr be nl lu es pt it ie uk us ca au nz ' +
    'se no dk fi pl cz sk hu ro gr tr ru ua br mx ar cl jp cn in sg hk za il'
  ).split(' '),
);

/** Everyday words that sit before " at " or after it in prose, never a mailbox or a domain (the packs' emailWords.prose). */
const PROSE = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.emailWords.prose));

export interface Deobfuscated {
  /** Lower-cased, validated address. */
  address: string;
  /** The text as written, e.g. "sales [at] acme [dot] com". */
  raw: string;
  index: number;
}

export function deobfuscatedEmails(text: string): Deobfuscated[] {
  const out: Deobfuscated[] = [];
  // exec with lastIndex, not matchAll, which clones the pattern on every call (once per line read).
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const [raw, local = '', at = '', domainRaw = ''] = m;
    const plainAt = at === '@';
    const domain = domainRaw.replace(DOT_TOKENS, '.');
    const plainDots = /^[a-z0-9.-]+$/i.test(domainRaw);
    if (plainAt && plainDots) continue; // an ordinary address: the plain-text scan reports it
    if (!AT_TOKEN.test(at)) continue;
    const bracketed = /[[({<]/.test(at) || /[[({<]/.test(domainRaw);
    const labels = domain.toLowerCase().split('.');
    if (!bracketed && !plausibleProse(local.toLowerCase(), labels)) continue;
    const address = normalizeEmail(`${local}@${domain}`);
    if (address) out.push({ address, raw: raw.trim(), index: m.index ?? 0 });
  }
  return out;
}

function plausibleProse(local: string, labels: string[]): boolean {
  const tld = labels[labels.length - 1] ?? '';
  if (!COMMON_TLDS.has(tld)) return false;
  if (PROSE.has(local)) return false;
  return !labels.slice(0, -1).some((l) => PROSE.has(l) || l.length < 2);
}
