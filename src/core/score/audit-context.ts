import type { CrawledPage, CrawlResult } from '../crawl/crawl-types.js';
import type { Finding } from '../report/schema.js';
import type { PageLink } from '../types.js';
import { reachesPerson, type ChannelLike } from '../reach/reach.js';
import { translator, type MessageKey } from '../i18n/catalogue.js';
import type { MessageRef, MessageValue } from '../i18n/message-format.js';
import { packPattern } from '../locale/pack-pattern.js';
import { PAGE_NAME_PACKS } from '../locale/page-name-packs.js';
import { escapeRegExp, fold } from '../role/fold.js';

/**
 * What every check reads: the crawl and the site-wide findings, plus derived views, so each check
 * stays a few lines of rule. Definitions that several checks share live here:
 *
 *  - A direct human channel is a phone, an email that is not a noreply mailbox, a chat that is
 *    not bot-only, or a messaging app. A form, a helpdesk portal or a fax is not one.
 *  - A 'general' contact (nothing on the page says sales or support) counts for both roles, but
 *    a little less well: the depth checks add a tenth of their weight for it, because the
 *    shopper must still ask to be routed (see role-checks/contact-depth.ts).
 *  - A finding flagged 'sitemap-only' exists, but no click path leads to it.
 */
export interface AuditContext {
  crawl: CrawlResult;
  findings: Finding[];
  /** The start page, when it was fetched. */
  start: CrawledPage | undefined;
  /** Pages a visitor can reach by clicking (not only via sitemap.xml), and that did not error. */
  linkedPages: CrawledPage[];
  /** The audited host name, lower-cased ('' when the site is not a URL). */
  host: string;
}

export type ContactRole = 'sales' | 'support';

export function buildAuditContext(crawl: CrawlResult, findings: Finding[]): AuditContext {
  const linkedPages = crawl.pages.filter((p) => !p.viaSitemap && !(p.status >= 400)).sort((a, b) => a.depth - b.depth);
  const start = linkedPages.find((p) => p.depth === 0);
  return { crawl, findings, start, linkedPages, host: hostOf(crawl.site || crawl.startUrl) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

// One model of "reaches a person" for the scores, the popup and the exports (reach/reach.ts).
export { isNoreply, reachesPerson as isDirectHuman, type ChannelLike } from '../reach/reach.js';

export function isSitemapOnly(f: Finding): boolean {
  return f.flags.includes('sitemap-only');
}

/** The ways in that are not a person: a form, a helpdesk portal, a bot, a noreply mailbox, a fax. */
export function isIndirectChannel(f: ChannelLike): boolean {
  return f.kind !== 'address' && f.kind !== 'gate' && !reachesPerson(f);
}

/** Findings for a role: its own and the general ones. */
export function forRole(findings: Finding[], role: ContactRole): Finding[] {
  return findings.filter((f) => f.role === role || f.role === 'general');
}

/** Findings a visitor reaches by clicking. */
export function reachable(findings: Finding[]): Finding[] {
  return findings.filter((f) => !isSitemapOnly(f));
}

/** Clip untrusted text for an explanation. */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** How the report names a finding: as written on the page, else the normalised value. */
export function shown(f: Pick<Finding, 'display' | 'value'>): string {
  return clip(f.display || f.value, 80);
}

/** The link texts of a click path as the page wrote them (an empty text as its URL path). */
function pathSteps(path: string[], pathText: string[]): string[] {
  return pathText.map((text, i) => (text.trim() ? clip(text, 50) : urlPath(path[i + 1])));
}

function urlPath(url: string | undefined): string {
  if (!url) return '(link)';
  try {
    return clip(new URL(url).pathname, 40);
  } catch {
    return clip(url, 40);
  }
}

// Phrases as catalogue messages, for explanations and evidence notes: each reader gets them in their
// language (the link texts stay as the site wrote them).

/** "2 clicks", "2 Klicks". */
export function clicksMessage(n: number): MessageRef {
  return { key: 'reach_clicks', params: { count: n } };
}

/**
 * A click path, "Home → About → Contact" ("Startseite → …"), or "the start page"; `last` is one more
 * link text. Link texts are clipped, an empty one is shown by its URL path.
 */
export function pathMessage(path: string[], pathText: string[], last?: string): MessageRef {
  const steps = [...pathSteps(path, pathText), ...(last !== undefined ? [last] : [])];
  return steps.length ? { key: 'checks_path', params: { steps: steps.join(' → ') } } : { key: 'checks_path_start' };
}

/** The most items a list message names (a longer list is cut; the sentences using it give the count). */
const MAX_LIST = 5;

/** "a, b and c" in the reader's language: one message per length, so each language joins its own way. */
export function listMessage(items: readonly MessageValue[]): MessageValue {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  const shown = items.slice(0, MAX_LIST);
  const names = ['a', 'b', 'c', 'd', 'e'];
  return { key: `checks_list_${shown.length}`, params: Object.fromEntries(shown.map((item, i) => [names[i]!, item])) };
}

const ENGLISH = translator('en');

/** A check's English title, from the catalogue (the report's JSON keeps English titles). */
export function englishTitle(key: MessageKey): string {
  return ENGLISH(key);
}

// Words of a contact page and of the legal-notice page, in every language pack (contactPage,
// legalNotice), read at word starts on folded text; look-alikes ("contactless", "contact lenses")
// are blanked first.
const wordList = (words: string[]) => words.map((w) => escapeRegExp(fold(w)).replace(/[-\s]+/g, '[-\\s]*')).join('|');
const CONTACT_PAGE = packPattern(PAGE_NAME_PACKS, (pack) => wordList(pack.contactPage.words), 'letters-digits');
const NOT_CONTACT_PAGE = new RegExp(packPattern(PAGE_NAME_PACKS, (pack) => wordList(pack.contactPage.notThese), 'letters-digits').source, 'gu');
const LEGAL_NOTICE = packPattern(PAGE_NAME_PACKS, (pack) => wordList(pack.legalNotice), 'letters-digits');
const CONTACT_WORDS = { test: (text: string) => CONTACT_PAGE.test(fold(text).replace(NOT_CONTACT_PAGE, ' ')) };
const IMPRINT_WORDS = { test: (text: string) => LEGAL_NOTICE.test(fold(text)) };

function urlWords(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponentSafe(u.pathname + u.search).replace(/[-_/.]+/g, ' ');
  } catch {
    return url;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function isContactLink(link: Pick<PageLink, 'url' | 'text'>): boolean {
  return CONTACT_WORDS.test(link.text) || CONTACT_WORDS.test(urlWords(link.url));
}

/** A page that is about contacting: its URL, title or the link text that led to it says so. */
export function isContactPage(page: CrawledPage): boolean {
  return CONTACT_WORDS.test(urlWords(page.url)) || CONTACT_WORDS.test(page.analysis.title) || CONTACT_WORDS.test(page.pathText.at(-1) ?? '');
}

export function isImprintLink(link: Pick<PageLink, 'url' | 'text'>): boolean {
  return IMPRINT_WORDS.test(link.text) || IMPRINT_WORDS.test(urlWords(link.url));
}

export function isImprintPage(page: CrawledPage): boolean {
  return IMPRINT_WORDS.test(urlWords(page.url)) || IMPRINT_WORDS.test(page.analysis.title) || IMPRINT_WORDS.test(page.pathText.at(-1) ?? '');
}

// Hosts under these country domains owe an Impressum (§ 5 DDG in Germany, § 5 ECG in Austria, Art. 3 UWG in Switzerland).
const GERMAN_LAW_TLDS = ['.de', '.at', '.ch'];

/** A German-language site: the start page says lang="de…", or the host is under .de, .at or .ch. */
export function isGermanSite(ctx: AuditContext): boolean {
  const lang = (ctx.start?.analysis.lang ?? '').toLowerCase();
  return lang === 'de' || lang.startsWith('de-') || GERMAN_LAW_TLDS.some((tld) => ctx.host.endsWith(tld));
}
