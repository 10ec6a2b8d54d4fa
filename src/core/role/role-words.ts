// Words that mark a contact as sales or support: each language pack's (locale/packs.ts `roles`),
// and the phrases that name no role. Matched as whole words, case- and accent-insensitively,
// longest phrase first (see role-matcher.ts), so "after-sales" is support although it contains
// "sales". A trailing '*' matches a word start, for compounds ("vertrieb*" → Vertriebsteam).
// Sources: vendors' own contact pages in each language; schema.org ContactPoint contactType values.
import { LANGUAGE_PACKS } from '../locale/packs.js';

export const SALES_WORDS: Record<string, string[]> = Object.fromEntries(LANGUAGE_PACKS.map((pack) => [pack.id, pack.roles.sales]));

export const SUPPORT_WORDS: Record<string, string[]> = Object.fromEntries(LANGUAGE_PACKS.map((pack) => [pack.id, pack.roles.support]));

/**
 * Phrases that contain a role word but name no role: blanked before the words are read.
 * Each is a false positive seen on vendor pages ("Help us improve this page", "Terms of sale").
 */
export const NEUTRAL_PHRASES: string[] = LANGUAGE_PACKS.flatMap((pack) => pack.roles.neutral);

/**
 * Labels for a contact that is neither sales nor support (press, jobs, privacy) or says it is for
 * everything ("General enquiries"). Next to a contact they settle it as 'general': a press number on
 * a page titled "Support" is still not the support line.
 */
export const OTHER_WORDS: string[] = LANGUAGE_PACKS.flatMap((pack) => pack.roles.other);

/**
 * schema.org ContactPoint contactType values (free text) whose words alone would not say the role,
 * in every language pack (contactTypes). Source: the values Google's corporate-contact markup
 * documented: customer support, technical support, billing support, bill payment, sales,
 * reservations, credit card support, emergency, baggage tracking, roadside assistance, package
 * tracking. Other values are read with the word lists above.
 */
const contactTypes = (role: 'sales' | 'support') =>
  new RegExp(LANGUAGE_PACKS.flatMap((pack) => (pack.contactTypes[role] ? [pack.contactTypes[role]] : [])).join('|') || '(?!)', 'i');
export const CONTACT_TYPE_ROLES: [RegExp, 'sales' | 'support'][] = [
  [contactTypes('sales'), 'sales'],
  [contactTypes('support'), 'support'],
];
