import { describe, expect, it } from 'vitest';
import { CrawlTrapGuard, TRAP_LIMITS } from '../../../src/core/crawl/crawl-trap.js';

const at = (path: string) => `https://example.com${path}`;

/** Feed `n` URLs to a fresh guard; return how many were let through. */
function admitted(urls: string[]): number {
  const guard = new CrawlTrapGuard();
  return urls.filter((u) => guard.check(u) === undefined).length;
}

describe('CrawlTrapGuard', () => {
  it('bounds a calendar of date paths', () => {
    // A calendar that always links to the next day: 100 distinct days.
    const days = Array.from({ length: 100 }, (_, i) => at(`/events/${new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10).replace(/-/g, '/')}`));
    expect(new Set(days).size).toBe(100);
    expect(admitted(days)).toBe(TRAP_LIMITS.maxDateVariantsPerTemplate);
  });

  it('bounds ?month= and ?date= calendars', () => {
    expect(admitted(Array.from({ length: 50 }, (_, i) => at(`/calendar?month=${i}`)))).toBe(TRAP_LIMITS.maxDateVariantsPerTemplate);
    expect(admitted(Array.from({ length: 50 }, (_, i) => at(`/calendar?date=2024-01-${i}&view=day`)))).toBe(TRAP_LIMITS.maxDateVariantsPerTemplate);
  });

  it('lets dated blog posts through: each has its own slug', () => {
    expect(admitted(Array.from({ length: 20 }, (_, i) => at(`/2024/05/${10 + i}/post-${i}`)))).toBe(20);
  });

  it('bounds facet combinations per path', () => {
    const facets = Array.from({ length: 40 }, (_, i) => at(`/shop?color=${i % 5}&size=${Math.floor(i / 5)}`));
    expect(admitted(facets)).toBe(TRAP_LIMITS.maxQueryVariantsPerPath);
    const guard = new CrawlTrapGuard();
    facets.forEach((u) => guard.check(u));
    expect(guard.check(at('/shop?color=9&size=9'))).toMatch(/query variants of \/shop/);
    expect(guard.check(at('/shop'))).toBeUndefined();
    expect(guard.check(facets[0]!)).toBeUndefined();
  });

  it('stops pagination beyond a few pages', () => {
    const guard = new CrawlTrapGuard();
    expect(guard.check(at('/news?page=3'))).toBeUndefined();
    expect(guard.check(at('/news?page=4'))).toMatch(/pagination/);
    expect(guard.check(at('/blog/page/3'))).toBeUndefined();
    expect(guard.check(at('/blog/page/4/'))).toMatch(/pagination/);
  });

  it("reads every language pack's calendar and page words (locale/packs/crawl)", () => {
    expect(admitted(Array.from({ length: 20 }, (_, i) => at(`/agenda?fecha=2024-02-${10 + i}`)))).toBe(TRAP_LIMITS.maxDateVariantsPerTemplate);
    expect(admitted(Array.from({ length: 20 }, (_, i) => at(`/termine?datum=${i}`)))).toBe(TRAP_LIMITS.maxDateVariantsPerTemplate);
    const guard = new CrawlTrapGuard();
    expect(guard.check(at('/aktualnosci/strona/3'))).toBeUndefined();
    expect(guard.check(at('/aktualnosci/strona/4'))).toMatch(/pagination/);
    expect(guard.check(at('/news?seite=9'))).toMatch(/pagination/);
    expect(guard.check(at('/blog?paged=9'))).toMatch(/pagination/);
  });

  it('stops repeated path segments and very long URLs', () => {
    const guard = new CrawlTrapGuard();
    expect(guard.check(at('/a/b/a/b'))).toBeUndefined();
    expect(guard.check(at('/a/b/a/b/a/b'))).toMatch(/repeated/);
    expect(guard.check(at(`/x?q=${'a'.repeat(2100)}`))).toMatch(/longer than 2000/);
  });

  it('leaves ordinary pages alone', () => {
    expect(admitted([at('/'), at('/contact'), at('/de/kontakt'), at('/products/5'), at('/product?id=5'), at('/about/team/berlin')])).toBe(6);
  });
});
