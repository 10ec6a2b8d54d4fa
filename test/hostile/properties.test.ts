// Property-based tests (fast-check) for the pure parts a hostile page feeds: the URL normaliser,
// the link ranker, the crawl guards, analyzePage and each registered extractor, on random
// strings, random tag soup, mutated fixture pages and pathological pages. No exception, and
// each call finishes under a generous bound (a guard against catastrophic backtracking, not a
// speed test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze-page.js';
import { CrawlTrapGuard } from '../../src/core/crawl/crawl-trap.js';
import { linkScore, rankLinks } from '../../src/core/crawl/link-rank.js';
import { normalizeUrl } from '../../src/core/crawl/normalize-url.js';
import { pageKey } from '../../src/core/crawl/same-site.js';
import { stateChangingReason } from '../../src/core/crawl/state-changing-link.js';
import { EXTRACTORS } from '../../src/core/extract/index.js';
import { parsePage } from '../../src/core/page/parsed-page.js';
import { REGIONS } from '../../src/core/types.js';
import * as cheerio from 'cheerio';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { formatReport } from '../../src/core/report/formats/index.js';
import { ReportSchema, type Report } from '../../src/core/report/schema.js';
import { anyString, mutatedFixture, PATHOLOGICAL, tagSoup } from './support/html-arbitraries.js';
import { liveMarkdown } from './support/markdown.js';
import { hostileReport, payloads } from './support/payloads.js';
import { HTML_REPORT_TAGS } from '../support/html-report-tags.js';

/** Per call; generous because two cores are shared by several engineers' test runs. */
const BOUND_MS = 2_000;
const URL = 'https://vendor.example/kontakt';
const wrap = (body: string) => `<!doctype html><html lang="de"><head><title>x</title></head><body>${body}</body></html>`;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

/** analyzePage and then every extractor on its own parse: none may throw, each under the bound. */
function checkPage(html: string): void {
  const whole = timed(() => analyzePage(URL, html));
  expect(whole.value.extractorErrors).toEqual([]);
  expect(whole.ms).toBeLessThan(BOUND_MS);
  const page = parsePage(URL, html, { country: 'DE' });
  for (const extractor of EXTRACTORS) {
    const one = timed(() => extractor.extract(page));
    expect(Array.isArray(one.value), extractor.id).toBe(true);
    expect(one.ms, `${extractor.id} took ${Math.round(one.ms)} ms`).toBeLessThan(BOUND_MS);
  }
}

const hrefs = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 80 }),
  fc
    .tuple(
      fc.constantFrom('/', '//', '../', './', '?', '#', 'http://', 'HTTPS://Vendor.Example:443/', 'javascript:', 'mailto:', ' \t\n'),
      fc.string({ maxLength: 60 }),
    )
    .map(([a, b]) => a + b),
  fc
    .tuple(
      fc.webUrl(),
      fc.constantFrom(';jsessionid=ABC', '/(S(x1y2))/', '?utm_source=a&gclid=b&PHPSESSID=c', '%', '%zz', '/../..', '//', '/./', '?a=1&a=2&', '#frag'),
    )
    .map(([u, s]) => u + s),
);

describe('URL normaliser (property)', () => {
  it('never throws; gives undefined or an absolute http(s) URL without fragment, credentials or noise parameters; is idempotent', () => {
    fc.assert(
      fc.property(hrefs, fc.option(fc.constantFrom('https://vendor.example/a/b/', 'http://vendor.example', 'https://vendor.example/x?y=1#z')), (href, base) => {
        const { value: out, ms } = timed(() => normalizeUrl(href, base ?? undefined));
        expect(ms).toBeLessThan(BOUND_MS);
        if (out === undefined) return;
        const u = new globalThis.URL(out);
        expect(['http:', 'https:']).toContain(u.protocol);
        expect(u.hash).toBe('');
        expect(u.username + u.password).toBe('');
        expect([...u.searchParams.keys()].some((k) => /^(utm_|gclid$|fbclid$|phpsessid$|jsessionid$)/i.test(k))).toBe(false);
        expect(normalizeUrl(out)).toBe(out);
        expect(pageKey(normalizeUrl(out)!)).toBe(pageKey(out));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('link ranker (property)', () => {
  const link = fc.record({
    url: fc.oneof(fc.webUrl(), fc.constantFrom('https://vendor.example/kontakt', 'https://vendor.example/%E0%A4%A', 'https://vendor.example/a%')),
    text: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('Contact us', 'Kontakt', 'À propos', 'Impressum', 'Fale conosco', '', ' ')),
    region: fc.constantFrom(...REGIONS),
  });

  it('returns a permutation of its input, sorted by score, stable among equals, in bounded time', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 200 }), (links) => {
        const { value: ranked, ms } = timed(() => rankLinks(links));
        expect(ms).toBeLessThan(BOUND_MS);
        expect(ranked.length).toBe(links.length);
        expect(new Set(ranked)).toEqual(new Set(links));
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          expect(linkScore(a)).toBeGreaterThanOrEqual(linkScore(b));
          if (linkScore(a) === linkScore(b)) expect(links.indexOf(a)).toBeLessThan(links.indexOf(b));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scores huge link texts and URLs in bounded time', () => {
    for (const text of ['contact '.repeat(20_000), 'a'.repeat(200_000), '-'.repeat(200_000), 'à'.repeat(100_000)]) {
      const { ms } = timed(() => linkScore({ url: `https://vendor.example/${'kontakt/'.repeat(2_000)}`, text, region: 'main' }));
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });
});

describe('crawl guards (property)', () => {
  it('the state-changing check and the trap guard never throw and stay fast on any URL and text', () => {
    const guard = new CrawlTrapGuard();
    fc.assert(
      fc.property(hrefs, fc.string({ maxLength: 200 }), (href, text) => {
        const url = normalizeUrl(href, 'https://vendor.example/') ?? href;
        const { ms } = timed(() => {
          stateChangingReason(url, text);
          guard.check(url);
        });
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('analyzePage and every extractor (property)', () => {
  it('never throw on random strings', () => {
    fc.assert(fc.property(anyString, checkPage), { numRuns: 60 });
  });

  it('never throw on random tag soup', () => {
    fc.assert(fc.property(tagSoup, checkPage), { numRuns: 80 });
  });

  it('never throw on mutated fixture pages', () => {
    fc.assert(fc.property(mutatedFixture, checkPage), { numRuns: 60 });
  });

  it('report only valid phone numbers and well-formed email addresses, whatever the soup', () => {
    fc.assert(
      fc.property(fc.oneof(tagSoup, mutatedFixture), (html) => {
        for (const f of analyzePage(URL, html).findings) {
          // A number from a page that names no country is kept as its digits, flagged: it must be one, 8 to 12 digits with the trunk 0.
          if ((f.kind === 'phone' || f.kind === 'fax') && f.flags.includes('unsure-country')) expect(f.value).toMatch(/^0\d{7,11}$/);
          else if (f.kind === 'phone' || f.kind === 'fax') expect(isValidPhoneNumber(f.value), `${f.value} from "${f.display}"`).toBe(true);
          if (f.kind === 'email') expect(f.value, f.display).toMatch(/^[a-z0-9][a-z0-9._%+-]*@[^@\s]+\.[a-z]{2,24}$/u);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(PATHOLOGICAL)('never throw and stay under the bound on %s', (_name, html) => {
    checkPage(wrap(html));
  });

  // Was a bug: parse5 parsed in time quadratic in the depth (10,000 levels ~0.9 s, 30,000 ~12.7 s;
  // a 3 MB page of <div>s would have taken hours). The engine now parses with htmlparser2
  // (cheerio/slim), which is linear: 30,000 levels in ~0.3 s. The bound is loose on purpose (this
  // file runs beside others on busy CI cores); the quadratic parse missed it by seconds.
  it('analyse 12,000 and 30,000 nested elements without an exception, each within the bound, the contact found', () => {
    for (const n of [12_000, 30_000]) {
      const html = wrap(`${'<div>'.repeat(n)}Call (202) 555-0143${'</div>'.repeat(n)}`);
      const { ms } = timed(() => expect(analyzePage(URL, html).findings.map((f) => f.value)).toContain('+12025550143'));
      expect(ms, `${n} levels`).toBeLessThan(4_000);
    }
  });

  it('a page nested 2,000 deep (far past what a browser builds) is analysed, its contact found', () => {
    const html = wrap(`${'<div><span>'.repeat(1_000)}Call (202) 555-0143${'</span></div>'.repeat(1_000)}`);
    checkPage(html);
    expect(analyzePage(URL, html).findings.map((f) => f.value)).toContain('+12025550143');
  });
});

describe('exports (property)', () => {
  // Page-derived strings: random, or random mixes of the payloads (markup, scripts, URLs, bidi, formulas).
  const evil = Object.values(payloads('http://127.0.0.1:9'));
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc
      .array(fc.oneof(fc.constantFrom(...evil, '=1', '+1', '-1', '@1', '\t', '\r\n', '|', '`', '#', '- ', '1. '), fc.string({ maxLength: 10 })), {
        maxLength: 6,
      })
      .map((a) => a.join('')),
  );
  const url = fc.oneof(fc.webUrl(), text, fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>x</script>', 'https://vendor.example/"><b>x'));
  const OWN_TAGS = HTML_REPORT_TAGS;

  const reportOf = ([value, display, context, pageUrl, linkText, message, reason]: string[]): Report => {
    const base = hostileReport('http://127.0.0.1:9');
    const finding = {
      ...base.findings[0]!,
      value: value!.slice(0, 2000),
      display: display!.slice(0, 2000),
      context: context!.slice(0, 2000),
      url: pageUrl!.slice(0, 4096),
      path: [base.site, pageUrl!.slice(0, 4096)],
      pathText: [linkText!.slice(0, 2000)],
    };
    return ReportSchema.parse({
      ...base,
      partialReason: reason,
      findings: [finding, { ...finding, role: 'support', kind: 'email' }],
      crawl: {
        ...base.crawl,
        errors: [{ url: pageUrl!.slice(0, 4096), message: message!.slice(0, 2000), kind: 'http', status: 404 }],
        skipped: [{ url: pageUrl!.slice(0, 4096), reason: reason! }],
        sitemapOnly: [{ url: pageUrl!.slice(0, 4096), reason: reason! }],
      },
      checks: [
        {
          ...base.checks[0]!,
          explanation: message!.slice(0, 2000),
          evidence: [{ url: pageUrl!.slice(0, 4096), value: value!.slice(0, 2000), note: linkText!.slice(0, 2000) }],
        },
      ],
    });
  };

  it('HTML has only its own tags, no handlers, only http(s) links; CSV never starts a formula; Markdown has no raw HTML', () => {
    fc.assert(
      fc.property(fc.tuple(text, text, text, url, text, text, text), (parts) => {
        const report = reportOf(parts);
        const $ = cheerio.load(formatReport(report, 'html'));
        $('*').each((_, el) => {
          const e = el as unknown as { tagName: string; attribs: Record<string, string> };
          expect(OWN_TAGS.has(e.tagName), e.tagName).toBe(true);
          for (const [name, v] of Object.entries(e.attribs)) {
            expect(name).not.toMatch(/^on/i);
            if (name === 'href') expect(v).toMatch(/^https?:/);
          }
        });
        expect($('section').length).toBe(1);
        for (const row of formatReport(report, 'csv').split('\r\n').filter(Boolean)) {
          for (const cell of row.slice(1, -1).split('","')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
        const md = liveMarkdown(formatReport(report, 'md'));
        expect(md.match(/(?<!\\)<[a-z!/?]/gi) ?? []).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
