// The shared vocabulary of the engine. Everything here is plain data, so it crosses
// message boundaries (content script → background → popup) and serialises into reports.

/** Who a contact is for. "general" when nothing on the page says sales or support. */
export const ROLES = ['sales', 'support', 'general'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What was found. Contacts a person can use (phone, email, chat, messaging, form, address),
 * plus evidence the scoring needs (fax: not a way to reach a person today; helpdesk: a
 * ticket portal or help centre; gate: a hurdle such as "have your serial number ready").
 */
export const FINDING_KINDS = ['phone', 'fax', 'email', 'address', 'chat', 'messaging', 'form', 'helpdesk', 'gate'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Where on the page an element sits; links and findings keep it. */
export const REGIONS = ['header', 'nav', 'main', 'footer', 'aside'] as const;
export type Region = (typeof REGIONS)[number];

/** The flags a finding can carry: a closed list (flags.ts). */
export type { Flag } from './flags.js';
import type { Flag } from './flags.js';

/** One finding on one page, as an extractor returns it. */
export interface PageFinding {
  kind: FindingKind;
  /** Normalised: E.164 for phones (an extension as ";ext=2229"), lower-cased address for emails, vendor id for chat/messaging,
   *  one-line address, absolute form action URL or page URL for forms. */
  value: string;
  /** As written on the page (untrusted text, never markup). */
  display?: string;
  role: Role;
  flags: Flag[];
  /** Up to ~160 chars of surrounding text, the evidence for the role (untrusted). */
  context?: string;
  region?: Region;
}

/** A link found on a page, before it is crawled. */
export interface PageLink {
  /** Normalised absolute URL (see crawl/normalize-url.ts). */
  url: string;
  /** Visible text, aria-label, title or image alt, whitespace collapsed. */
  text: string;
  region: Region;
  /** rel="nofollow" and similar hints are kept, not obeyed: a shopper clicks them too. */
  rel?: string;
}

/** What the per-page analysis returns: pure function of (url, html). */
export interface PageAnalysis {
  url: string;
  title: string;
  lang: string;
  /** Country inferred for phone parsing (ISO 3166-1 alpha-2) or undefined. */
  country?: string;
  findings: PageFinding[];
  links: PageLink[];
  /** <meta http-equiv="refresh"> target, if any, normalised. */
  metaRefresh?: string;
  /** Canonical URL declared by the page, if any. */
  canonical?: string;
  /** The site's own tag manager containers the page loads (extract/chat/tag-container.ts): the crawl reads them for chat. */
  tagContainers?: string[];
}
