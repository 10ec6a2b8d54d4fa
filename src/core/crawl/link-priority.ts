import { languageOfFolder } from '../locale/language-codes.js';
import type { PageLink } from '../types.js';
import type { CrawledPage } from './crawl-types.js';
import { contactWordScore, urlContactWeight } from './link-rank.js';

/**
 * The order of a best-first crawl across depths, as data. A link's priority is its contact words
 * (link-rank.ts: 10 points a word weight, up to 31), less a cost per click, plus weak hints. The
 * cost is set so a contact link two clicks down ("Help" → "Contact support", 30 − 6) comes before
 * the fortieth menu link one click down (2), and plain links are read breadth-first after them.
 */
export const LINK_PRIORITY = {
  /** Points off per click beyond the first. */
  perClick: 6,
  /** Header, navigation and footer: site-wide, but in a retail mega-menu a hundred links are, so a hint only. */
  siteWideRegion: 2,
  /** On a page that is itself a contact, help, about or imprint page (by its link words or URL). */
  onContactPage: 4,
  /** On a page where phones or emails were found: its neighbours (the other offices, the team) tend to hold more. */
  onPageWithContacts: 2,
  /** Into another language's folder of a multilingual site: the same contacts again, in another language. */
  otherLanguage: -20,
} as const;

const SITE_WIDE = new Set(['header', 'nav', 'footer']);

/** What the priority needs to know about the page a link is on. */
export interface LinkParent {
  depth: number;
  contactPage: boolean;
  hasContacts: boolean;
}

export function parentOf(page: CrawledPage): LinkParent {
  const text = page.pathText[page.pathText.length - 1] ?? '';
  return {
    depth: page.depth,
    contactPage: page.depth > 0 && (contactWordScore({ url: page.url, text }) >= 19 || urlContactWeight(page.url) >= 2),
    hasContacts: page.analysis.findings.some((f) => f.kind === 'phone' || f.kind === 'email'),
  };
}

export function linkPriority(link: Pick<PageLink, 'url' | 'text' | 'region'>, parent: LinkParent, language: SiteLanguage): number {
  const depth = parent.depth + 1;
  let score = contactWordScore(link) - LINK_PRIORITY.perClick * (depth - 1);
  if (SITE_WIDE.has(link.region)) score += LINK_PRIORITY.siteWideRegion;
  if (parent.contactPage) score += LINK_PRIORITY.onContactPage;
  if (parent.hasContacts) score += LINK_PRIORITY.onPageWithContacts;
  if (language.isOther(link.url)) score += LINK_PRIORITY.otherLanguage;
  return score;
}

/** Breadth-first (the exhaustive baseline): by depth only, document order within it. */
export function breadthFirstPriority(depth: number): number {
  return -depth;
}

/**
 * The shopper's language on a multilingual site. A site is taken as multilingual when its start
 * page links to two or more language folders (/en/, /de/, a language switcher); then links into a
 * folder of another language than the preferred one (the option, else the start page's folder,
 * else its <html lang>) come last. A site with one language folder, or none, is left alone: a
 * segment like /it/ or /hr/ is as often a department.
 */
export interface SiteLanguage {
  preferred?: string;
  isOther(url: string): boolean;
}

export const ANY_LANGUAGE: SiteLanguage = { isOther: () => false };

export function siteLanguage(home: CrawledPage, preferred?: string): SiteLanguage {
  const folders = new Set<string>();
  for (const link of home.analysis.links) {
    const code = folderLanguage(link.url);
    if (code) folders.add(code);
  }
  if (folders.size < 2) return ANY_LANGUAGE;
  const want = (preferred?.toLowerCase().split(/[-_]/)[0] || folderLanguage(home.url) || home.analysis.lang || '').toLowerCase();
  if (!want || !folders.has(want)) return ANY_LANGUAGE;
  return {
    preferred: want,
    isOther: (url) => {
      const code = folderLanguage(url);
      return code !== undefined && code !== want;
    },
  };
}

function folderLanguage(url: string): string | undefined {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  if (slash < 0) return undefined;
  const end = url.slice(slash + 1).search(/[/?#]/);
  const segment = end < 0 ? url.slice(slash + 1) : url.slice(slash + 1, slash + 1 + end);
  return segment ? languageOfFolder(segment) : undefined;
}
