import { NO_REPLY_MAILBOXES } from '../../locale/mailbox-packs.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';
import { mentions } from '../../role/role-matcher.js';
import type { Role } from '../../types.js';

/**
 * What makes a string an email address worth reporting, and what its local part says.
 * Pages are full of things shaped like addresses that no person reads: retina image names
 * (logo@2x.png), form placeholders (you@example.com), npm specifiers, Sentry DSN hashes.
 */

/**
 * An address in running text: ASCII local part, '@', dotted labels (letters of any script, for
 * internationalised domains such as müller-holz.de), an ASCII letters-only TLD (2–24: IANA's longest
 * is 24). The edges are ASCII-only so CJK text glued to an address ("邮箱info@acme.cn谢谢") still parts.
 */
export const EMAIL_IN_TEXT =
  /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)*\.[a-z]{2,24}(?![a-z0-9-])/giu;

const SHAPE = /^[a-z0-9](?:[a-z0-9._%+-]{0,63})@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/u;

/** File extensions that end "names" like sprite@2x.png or chunk@1.2.js: assets, not mailboxes. */
const ASSET_TLD = /^(png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|heic|css|js|mjs|cjs|ts|json|map|woff2?|ttf|otf|eot|mp[34]|webm|mov|wasm|php|html?|aspx?)$/;

/** A field of every language pack's placeholder addresses, as alternatives (packs with none add nothing). */
const placeholders = (key: 'local' | 'domain') => LANGUAGE_PACKS.flatMap((pack) => (pack.placeholderEmail[key] ? [pack.placeholderEmail[key]] : [])).join('|');
/**
 * Placeholder domains from form hints and documentation. RFC 2606 reserves example.com/.net/.org
 * for documentation, and they are what forms show as "you@example.com"; the rest are each language
 * pack's ("your-company.com"). The bare .example TLD is kept: this project's fixture vendors live
 * there (fixtures/*), and no form hint uses it.
 */
const PLACEHOLDER_DOMAIN = new RegExp(`^(?:example\\.(?:com|net|org)|${placeholders('domain')})$`);
/** Placeholder mailboxes of form hints ("your-name@", "max.mustermann@"), in every language pack. */
const PLACEHOLDER_LOCAL = new RegExp(`^(?:${placeholders('local')})$`);

/** Error-tracker ingest domains and hash-like local parts (Sentry DSNs are 32 hex digits). */
const TRACKER_DOMAIN = /(?:^|\.)(?:sentry\.io|sentry-next\.wixpress\.com|sentry\.wixpress\.com|ingest\.sentry\.io)$/;
const HASH_LOCAL = /^[0-9a-f]{16,}$/;
/** Retina suffixes used as a "domain": icon@2x.png, logo@1.5x. */
const RETINA = /^\d+(?:\.\d+)?x(?:\.|$)/;

/**
 * Lower-cased address, or undefined when it is not one a person could write to.
 * Accepts surrounding punctuation and a leading "mailto:" left over from scraping.
 */
export function normalizeEmail(raw: string): string | undefined {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[<("'[]+|[>)"'\].,;:!?]+$/g, '')
    .toLowerCase();
  if (email.length > 254 || !SHAPE.test(email)) return undefined;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (ASSET_TLD.test(tld) || RETINA.test(domain)) return undefined;
  if (PLACEHOLDER_DOMAIN.test(domain) || PLACEHOLDER_LOCAL.test(local)) return undefined;
  if (TRACKER_DOMAIN.test(domain) || HASH_LOCAL.test(local)) return undefined;
  return email;
}

/** Mailbox names for a function, not a person (RFC 2142 and the usual departmental ones), in every language pack. */
const ROLE_LOCALS = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.mailboxes.functional));

/** Local parts that name a role in one word the shared word lists leave out (too ambiguous in prose). */
const EXTRA_SUPPORT_LOCALS = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.mailboxes.support));
const EXTRA_SALES_LOCALS = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.mailboxes.sales));

/** Mailboxes nobody reads, in every language pack (locale/packs/mailboxes/*: noReply). */
const NOREPLY = new RegExp(`^(?:${NO_REPLY_MAILBOXES})(?:$|[-_.+])`);

export function isNoReply(email: string): boolean {
  return NOREPLY.test(email.slice(0, email.lastIndexOf('@')));
}

export function isRoleAddress(email: string): boolean {
  const local = email.slice(0, email.lastIndexOf('@')).split('+')[0] ?? '';
  return ROLE_LOCALS.has(local) || localPartRole(email) !== undefined;
}

/**
 * The role the mailbox name itself states (sales@, vertrieb@, support@, sav@...), which beats any
 * label around it; 'general' for press@, jobs@ and other non-role functions; undefined when the
 * name says nothing (info@, jane.smith@). Read with the shared role words, separators as spaces.
 */
export function localPartRole(email: string): Role | undefined {
  const local = email.slice(0, email.lastIndexOf('@')).split('+')[0] ?? '';
  if (EXTRA_SUPPORT_LOCALS.has(local)) return 'support';
  if (EXTRA_SALES_LOCALS.has(local)) return 'sales';
  const { sales, support, other } = mentions(local.replace(/[._-]+/g, ' '));
  if (sales && support) return 'general';
  if (sales) return 'sales';
  if (support) return 'support';
  return other ? 'general' : undefined;
}
