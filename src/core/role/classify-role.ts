import type { Role } from '../types.js';
import { CONTACT_TYPE_ROLES, SALES_WORDS, SUPPORT_WORDS } from './role-words.js';

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

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function buildMatcher(words: Record<string, string[]>): RegExp {
  const all = [...new Set(Object.values(words).flat().map(fold))].sort((a, b) => b.length - a.length);
  const escaped = all.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s_-]?'));
  // Word start required ("support" in "supporting" is fine; "sale" in "wholesale" is its own word).
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}])`, 'u');
}

const SALES = buildMatcher(SALES_WORDS);
const SUPPORT = buildMatcher(SUPPORT_WORDS);

/** Which roles a piece of text names: none, one or both. */
export function rolesIn(text: string | undefined): { sales: boolean; support: boolean } {
  if (!text) return { sales: false, support: false };
  const t = fold(text);
  return { sales: SALES.test(t), support: SUPPORT.test(t) };
}

function decide(text: string | undefined): Role | undefined {
  const { sales, support } = rolesIn(text);
  if (sales && !support) return 'sales';
  if (support && !sales) return 'support';
  return undefined;
}

/** A URL's path words ("/support/contact-us" → "support contact us"). */
function urlWords(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.hostname.split('.')[0]} ${u.pathname}`.replace(/[/_.\-]+/g, ' ');
  } catch {
    return '';
  }
}

export function classifyRole(s: RoleSignals): Role {
  if (s.contactType) {
    for (const [re, role] of CONTACT_TYPE_ROLES) if (re.test(s.contactType)) return role;
  }
  return decide(s.near) ?? decide(s.heading) ?? decide(s.title) ?? decide(urlWords(s.url)) ?? 'general';
}
