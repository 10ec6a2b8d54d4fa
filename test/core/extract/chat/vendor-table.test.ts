import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { isBareDomain } from '../../../../src/core/extract/chat/site-of-host.js';
import { CHAT_CATEGORIES, CHAT_REGIONS, CHAT_VENDORS } from '../../../../src/core/extract/chat/vendors.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const found = (html: string) => chatExtractor.extract(parsePage('https://acme-outdoor.test/', html)).map((f) => f.value);

describe('chat vendor table', () => {
  it('covers the market: at least 150 vendors, in every region the issue names', () => {
    expect(CHAT_VENDORS.length).toBeGreaterThanOrEqual(150);
    const regions = new Set(CHAT_VENDORS.map((v) => v.region));
    for (const r of ['europe', 'japan', 'korea', 'china', 'brazil', 'russia'] as const) expect(regions, r).toContain(r);
  });

  it.each(CHAT_VENDORS.map((v) => [v.id, v] as const))('%s: a well-formed row with a source', (_, v) => {
    expect(v.id).toMatch(/^[a-z0-9-]+$/);
    expect(v.name.trim()).toBe(v.name);
    expect(CHAT_REGIONS).toContain(v.region);
    expect(CHAT_CATEGORIES).toContain(v.category);
    expect(['person', 'bot', 'either']).toContain(v.opensWith);
    // One source, or several joined by " ; " (the install guide and the older snippet's page).
    expect(v.source).toMatch(/^https?:\/\/\S+( ; https?:\/\/\S+)*$/);
    expect(v.scripts.length + (v.snippets?.length ?? 0) + (v.globals?.length ?? 0)).toBeGreaterThan(0);
    for (const s of v.scripts) {
      // "host" or "host/path"; the host's last two labels literal, so the lookup can index it.
      expect(s).toMatch(/^(\*|[a-z0-9*.-]+\.[a-z0-9-]+\.[a-z]{2,}|[a-z0-9*.-]*[a-z0-9-]+\.[a-z]{2,})(\/\S*)?$/);
      if (!s.startsWith('*')) expect(s.split('/')[0]!.split('.').slice(-2).join('.')).not.toContain('*');
    }
    for (const e of [...(v.elements ?? []), ...(v.weakElements ?? [])]) expect(e).toMatch(/^[#.]?[A-Za-z_][\w-]*\*?$/);
    // Short window names collide with minified code; the few the vendors document (zE) are kept from older rows.
    for (const g of v.globals ?? []) expect(g.length >= 4 || ['zE', '__lc'].includes(g), g).toBe(true);
  });

  // A 'vendor-domain' row's host is the vendor's own domain, not read in install docs (vendors.ts): its
  // scripts are that registrable domain alone, and its source is a page on it (or an archived copy).
  it.each(CHAT_VENDORS.filter((v) => v.hostFrom === 'vendor-domain').map((v) => [v.id, v] as const))(
    '%s: a vendor-domain row names one registrable domain, and its source lives there',
    (_, v) => {
      const domain = v.scripts[0]!;
      expect(isBareDomain(domain), domain).toBe(true);
      // More specific entries, where the vendor's pages show them, are hosts on that same domain.
      for (const s of v.scripts.slice(1)) expect(s.split('/')[0]!.endsWith(`.${domain}`), s).toBe(true);
      for (const url of v.source.split(' ; ')) {
        const host = new URL(url).hostname;
        const archived =
          host === 'web.archive.org' && new RegExp(`^https?://web\\.archive\\.org/web/\\d+/https?://([^/]*\\.)?${domain.replace(/\./g, '\\.')}/`).test(url);
        expect(host === domain || host.endsWith(`.${domain}`) || archived, url).toBe(true);
      }
    },
  );

  it('ids are unique, and no two vendors claim the same script address', () => {
    const ids = CHAT_VENDORS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    const scripts = CHAT_VENDORS.flatMap((v) => v.scripts.map((s) => s.toLowerCase()));
    expect(scripts.filter((s, i) => scripts.indexOf(s) !== i)).toEqual([]);
  });

  it.each(CHAT_VENDORS.filter((v) => v.scripts.some((s) => !s.includes('*'))).map((v) => [v.id, v] as const))(
    '%s: its own loader, as a script, is recognised as that vendor alone',
    (_, v) => {
      const entry = v.scripts.find((s) => !s.includes('*'))!;
      const src = `https://${entry}${entry.includes('/') ? '' : '/'}loader.js?id=123`;
      expect(found(`<html><body><script async src="${src}"></script></body></html>`)).toEqual([v.id]);
    },
  );
});
