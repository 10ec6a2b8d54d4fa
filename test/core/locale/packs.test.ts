import { describe, expect, it } from 'vitest';
import { linkScore } from '../../../src/core/crawl/link-rank.js';
import { LANGUAGE_PACKS } from '../../../src/core/locale/packs.js';

describe('language packs', () => {
  it('cover the twelve languages issue #14 names', () => {
    expect(LANGUAGE_PACKS.map((p) => p.id).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'sv', 'zh']);
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
