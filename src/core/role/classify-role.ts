import type { Role } from '../types.js';
import { mentions } from './role-matcher.js';
import { CONTACT_TYPE_ROLES } from './role-words.js';

/**
 * Signals about one finding, strongest first. A label right next to the number ("Sales: 555…")
 * outranks the heading above it, which outranks the page's title and URL.
 */
export interface RoleSignals {
  contactType?: string;
  /** The finding's own label or link text, and its block text. */
  near?: string;
  heading?: string;
  title?: string;
  url?: string;
}

/** Which roles a piece of text names: none, one or both. */
export function rolesIn(text: string | undefined): { sales: boolean; support: boolean } {
  const { sales, support } = mentions(text);
  return { sales, support };
}

/**
 * One signal's verdict, or undefined when it says nothing and the next signal should be read.
 * Naming both roles ("Sales and support") or only a non-role function ("Press", "General
 * enquiries") settles it as 'general': a weaker signal further away must not overrule it.
 */
function decide(text: string | undefined): Role | undefined {
  const { sales, support, other } = mentions(text);
  if (sales && support) return 'general';
  if (sales) return 'sales';
  if (support) return 'support';
  return other ? 'general' : undefined;
}

/** A URL's host label and path as words ("https://support.x.com/contact-us" → "support contact us"). */
function urlWords(url: string | undefined): string {
  if (!url) return '';
  // Every finding on a page asks with the page's URL: parse it once.
  if (url === lastUrl.url) return lastUrl.words;
  lastUrl = { url, words: readUrlWords(url) };
  return lastUrl.words;
}

let lastUrl = { url: '', words: '' };

function readUrlWords(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.split('.')[0] ?? '';
    return `${host === 'www' ? '' : host} ${decodeURIComponent(u.pathname)}`.replace(/[/_.\-+]+/g, ' ');
  } catch {
    return '';
  }
}

export function classifyRole(s: RoleSignals): Role {
  if (s.contactType) {
    for (const [re, role] of CONTACT_TYPE_ROLES) if (re.test(s.contactType)) return role;
  }
  return decide(s.contactType) ?? decide(s.near) ?? decide(s.heading) ?? decide(s.title) ?? decide(urlWords(s.url)) ?? 'general';
}
