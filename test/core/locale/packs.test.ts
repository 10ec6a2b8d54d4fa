import { describe, expect, it } from 'vitest';
import { linkScore } from '../../../src/core/crawl/link-rank.js';
import { LANGUAGE_PACKS } from '../../../src/core/locale/packs.js';
import { packPattern } from '../../../src/core/locale/pack-pattern.js';
import { fold } from '../../../src/core/role/fold.js';

/**
 * Fields a language may leave empty, and why: no-reply mailboxes named in English (noreply@) in
 * Russian, Japanese, Korean and Chinese; the bare " at " / " dot " form of written-out addresses is
 * English; placeholder addresses in these languages' form hints are the English ones; Google
 * documents contactType values in English only; French, Portuguese, Japanese and Korean write no
 * short extension word that needs a number before it; Chinese writes "@" for "at" (no word).
 * Crawl words: French, Spanish, Italian, Portuguese, Swedish, Polish, Russian and Chinese put a delete
 * verb before its object, never after (crawl.deleteLast); Japanese and Korean sites name their
 * sitemaps in ASCII English like everyone ("post-sitemap.xml": crawl.sitemapListings). Block pages:
 * Akamai's and Sucuri's are in English only (blockPage.accessDenied); Cloudflare's interstitial in
 * other languages is known by its marks (window._cf_chl_opt, cf-mitigated), which every language
 * shares, and its translated titles are not listed (blockPage.waitTitles). Chat loaders are named in
 * English in URLs everywhere ("livechat.js"), and in pinyin too in China ("kefu": chatLoaderNames); names
 * that only begin like them are English and French places and words (chatLoaderLookalikes).
 */
const NOT_ENGLISH_BARE = ['emailWords.bareAt', 'emailWords.bareDot', 'emailWords.prose', 'contactTypes.sales', 'contactTypes.support'];
const ENGLISH_PLACEHOLDERS = ['placeholderEmail.local', 'placeholderEmail.domain', 'mailboxes.noReply'];
const ENGLISH_BLOCK_PAGES = ['blockPage.waitTitles', 'blockPage.accessDenied'];
const NOT_ENGLISH = [...NOT_ENGLISH_BARE, ...ENGLISH_BLOCK_PAGES];
const VERB_FIRST = 'crawl.deleteLast';
const ENGLISH_URLS = ['chatLoaderNames', 'chatLoaderHostLabels', 'chatLoaderLookalikes'];
const ALLOWED_EMPTY: Record<string, string[]> = {
  de: [...ENGLISH_URLS, ...NOT_ENGLISH],
  fr: ['chatLoaderNames', 'chatLoaderHostLabels', ...NOT_ENGLISH, 'phoneLabels.extensionAfterNumber', VERB_FIRST],
  es: [...ENGLISH_URLS, ...NOT_ENGLISH, VERB_FIRST],
  it: [...ENGLISH_URLS, ...NOT_ENGLISH, VERB_FIRST],
  nl: [...ENGLISH_URLS, ...NOT_ENGLISH],
  pt: [...ENGLISH_URLS, ...NOT_ENGLISH, 'phoneLabels.extensionAfterNumber', VERB_FIRST],
  sv: [...ENGLISH_URLS, ...NOT_ENGLISH, VERB_FIRST],
  pl: [...ENGLISH_URLS, ...NOT_ENGLISH, VERB_FIRST],
  ru: [...ENGLISH_URLS, ...NOT_ENGLISH, ...ENGLISH_PLACEHOLDERS, VERB_FIRST],
  ja: [...ENGLISH_URLS, ...NOT_ENGLISH, ...ENGLISH_PLACEHOLDERS, 'phoneLabels.extensionAfterNumber', 'crawl.sitemapListings'],
  ko: [...ENGLISH_URLS, ...NOT_ENGLISH, ...ENGLISH_PLACEHOLDERS, 'phoneLabels.extensionAfterNumber', 'crawl.sitemapListings'],
  zh: ['chatLoaderHostLabels', 'chatLoaderLookalikes', ...NOT_ENGLISH, ...ENGLISH_PLACEHOLDERS, 'emailWords.at', VERB_FIRST],
};

describe('language packs', () => {
  it('cover the twelve languages issue #14 names, and Russian', () => {
    expect(LANGUAGE_PACKS.map((p) => p.id).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'zh']);
  });

  it.each(LANGUAGE_PACKS.map((p) => [p.id, p] as const))('%s fills every field', (_, pack) => {
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) expect(pack.days[day].length, day).toBeGreaterThan(0);
    expect(pack.weekdays.length).toBeGreaterThan(0);
    expect(pack.timeWords.length).toBeGreaterThan(0);
    expect(pack.chatLauncher.length).toBeGreaterThan(0);
    expect(pack.contactLinks.strong.length).toBeGreaterThan(0);
    expect(pack.contactLinks.weak.length).toBeGreaterThan(0);
    expect(pack.roles.sales.length).toBeGreaterThan(0);
    expect(pack.roles.support.length).toBeGreaterThan(0);
    expect(pack.roles.neutral.length).toBeGreaterThan(0);
    expect(pack.roles.other.length).toBeGreaterThan(0);
    expect(pack.notFound.bare.length * pack.notFound.filler.length).toBeGreaterThan(0);
    expect(pack.mailboxes.functional.length * pack.mailboxes.support.length * pack.mailboxes.sales.length).toBeGreaterThan(0);
    // Fields a language may leave empty, each for a stated reason (the language-pack.ts comments).
    const allowedEmpty = ALLOWED_EMPTY[pack.id] ?? [];
    const filled = (field: string, value: string | readonly string[]) => {
      if (!allowedEmpty.includes(field)) expect(value.length, `${pack.id}: ${field}`).toBeGreaterThan(0);
    };
    filled('mailboxes.noReply', pack.mailboxes.noReply);
    filled('emailWords.at', pack.emailWords.at);
    filled('emailWords.dot', pack.emailWords.dot);
    filled('emailWords.bareAt', pack.emailWords.bareAt);
    filled('emailWords.bareDot', pack.emailWords.bareDot);
    filled('emailWords.prose', pack.emailWords.prose);
    filled('placeholderEmail.local', pack.placeholderEmail.local);
    filled('placeholderEmail.domain', pack.placeholderEmail.domain);
    filled('contactTypes.sales', pack.contactTypes.sales);
    filled('contactTypes.support', pack.contactTypes.support);
    filled('phoneLabels.extensionAfterNumber', pack.phoneLabels.extensionAfterNumber);
    filled('chatLoaderNames', pack.chatLoaderNames);
    filled('chatLoaderLookalikes', pack.chatLoaderLookalikes);
    filled('chatLoaderHostLabels', pack.chatLoaderHostLabels);
    for (const w of Object.values(pack.emailWords).flat()) expect(w, w).toBe(w.trim().toLowerCase());
    for (const [field, source] of [...Object.entries(pack.placeholderEmail), ...Object.entries(pack.contactTypes)].filter(([, v]) => v)) {
      expect(() => new RegExp(source, 'u'), field).not.toThrow();
      expect(new RegExp(`^(?:${source})$`, 'u').test(''), `${field} matches the empty string`).toBe(false);
    }
    for (const local of Object.values(pack.mailboxes).flat()) expect(local, local).toMatch(/^[a-z0-9._-]+$/);
    expect(pack.helpDesk.hostLabels.length).toBeGreaterThan(0);
    for (const label of pack.helpDesk.hostLabels) expect(label, label).toMatch(/^[a-z0-9-]+$/);
    for (const [field, source] of Object.entries(pack.phoneLabels).filter(([f, v]) => v || !allowedEmpty.includes(`phoneLabels.${f}`))) {
      expect(() => new RegExp(source, 'iu'), field).not.toThrow();
      expect(new RegExp(`^(?:${source})$`, 'iu').test(''), `${field} matches the empty string`).toBe(false);
    }
    // Gate and form words: regex sources over folded text, each a valid pattern that matches something.
    for (const [field, source] of [
      ...Object.entries(pack.gates),
      ...Object.entries(pack.forms),
      ['notFound', pack.notFound.phrases] as const,
      ['ticketLinks', pack.helpDesk.ticketLinks] as const,
      ['broadcastLabels', pack.broadcastLabels] as const,
      ['chatHandover.says', pack.chatHandover.says] as const,
      ['chatHandover.chat', pack.chatHandover.chat] as const,
    ]) {
      expect(source.length, field).toBeGreaterThan(0);
      expect(() => new RegExp(source, 'u'), field).not.toThrow();
      expect(new RegExp(source, 'u').test(''), `${field} matches the empty string`).toBe(false);
      // Accents are folded with the pattern (packPattern); case is not: folded text is lower case.
      expect(source, `${field} is lower case`).toBe(source.toLowerCase());
    }
    // The crawler's words and block-page titles (crawl-words.ts): regex sources, lower case, each
    // matching something and never the empty string; sitemap names are ASCII, as URLs write them.
    for (const [field, source] of [
      ...Object.entries(pack.crawl).map(([f, v]) => [`crawl.${f}`, v] as const),
      ...Object.entries(pack.blockPage).map(([f, v]) => [`blockPage.${f}`, v] as const),
    ]) {
      filled(field, source);
      if (!source) continue;
      expect(() => new RegExp(source, 'u'), field).not.toThrow();
      expect(new RegExp(`^(?:${source})$`, 'u').test(''), `${pack.id}: ${field} matches the empty string`).toBe(false);
      expect(source, `${pack.id}: ${field} is lower case`).toBe(source.toLowerCase());
    }
    expect(pack.crawl.sitemapListings, 'sitemapListings').toMatch(/^[a-z|]*$/);
    // Written as read: lower case where the script has case, no stray spaces.
    for (const w of [...pack.chatLauncher, ...pack.contactLinks.strong, ...pack.contactLinks.weak]) {
      expect(w, w).toBe(w.trim());
      expect(w, w).toBe(w.toLowerCase());
    }
  });

  it('rank contact links in every pack language', () => {
    const contact = (text: string) => linkScore({ url: 'https://shop.example/x', text, region: 'main' });
    for (const text of [
      'Contact us',
      'Kontakt',
      'Nous contacter',
      'Contacto',
      'Contatti',
      'Klantenservice',
      'Fale conosco',
      'お問い合わせ',
      '고객센터',
      '联系我们',
      'Kundtjänst',
      'Obsługa klienta',
    ])
      expect(contact(text), text).toBeGreaterThanOrEqual(29);
    expect(contact('Widgets')).toBe(0);
  });
});

describe('roles in every pack language', () => {
  it('reads sales and support words of the new packs', async () => {
    const { classifyRole } = await import('../../../src/core/role/classify-role.js');
    for (const [near, role] of [
      ['営業：06-5555-0123', 'sales'],
      ['サポート：0120-555-012', 'support'],
      ['고객센터 1588-0000', 'support'],
      ['销售 010-5555 0123', 'sales'],
      ['Kundtjänst: 08-555 012 34', 'support'],
      ['Dział sprzedaży: 22 555 01 23', 'sales'],
    ] as const)
      expect(classifyRole({ near }), near).toBe(role);
  });
});

describe('pack patterns', () => {
  const contactPurpose = packPattern(LANGUAGE_PACKS, (p) => p.forms.contactPurpose, 'anywhere');
  const gateContact = packPattern(LANGUAGE_PACKS, (p) => p.gates.contact, 'letters-digits');

  it('match folded page text in every script, Hangul included (fold decomposes it)', () => {
    for (const text of ['Contact us', 'Formulaire de contact', 'Обратная связь', 'お問い合わせフォーム', '1:1 문의하기', '联系我们'])
      expect(contactPurpose.test(fold(text)), text).toBe(true);
  });

  it('start at a word in languages with spaces, anywhere in those without', () => {
    expect(gateContact.test(fold('unsupported browser'))).toBe(false);
    expect(gateContact.test(fold('contact support'))).toBe(true);
    expect(gateContact.test(fold('製品についてはサポートまで'))).toBe(true);
  });
});

describe('address packs', () => {
  it('each names its language and holds address words, written lower case, as valid patterns', async () => {
    const { ADDRESS_PACKS } = await import('../../../src/core/locale/address-packs.js');
    expect(new Set(ADDRESS_PACKS.map((p) => p.id)).size).toBe(ADDRESS_PACKS.length);
    for (const { id, after, before, streetPrepositions, compass, abbreviations, ...patternFields } of ADDRESS_PACKS) {
      const words = [...(after ?? []), ...(before ?? []), ...(streetPrepositions ?? []), ...Object.values(compass ?? {}).flat()];
      for (const [full, short] of Object.entries(abbreviations ?? {})) expect([full, short], id).toEqual([full.toLowerCase(), short.toLowerCase()]);
      // Compass points and their spelt-out words pair up by position (extract/address/parts.ts).
      if (compass) expect(compass.points.length, id).toBeGreaterThanOrEqual(compass.words.length);
      const patterns = Object.values(patternFields).filter((p): p is string => typeof p === 'string');
      expect(words.length + patterns.length, id).toBeGreaterThan(0);
      for (const w of [...words, ...patterns]) expect(w, w).toBe(w.toLowerCase());
      for (const p of patterns) expect(new RegExp(`^(?:${p})$`, 'iu').test(''), `${id}: ${p}`).toBe(false);
    }
  });
});
