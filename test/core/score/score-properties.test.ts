import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckSchema, type Finding } from '../../../src/core/report/schema.js';
import { CATEGORY_SHARE, scoreAudit } from '../../../src/core/score/index.js';
import { FINDING_KINDS, ROLES } from '../../../src/core/types.js';
import { crawl, finding, link, page } from './make.js';
import { FLAGS } from '../../../src/core/flags.js';

// Every flag a finding can carry (src/core/flags.ts).

const arbFinding: fc.Arbitrary<Finding> = fc
  .record({
    kind: fc.constantFrom(...FINDING_KINDS),
    value: fc.oneof(fc.constantFrom('noreply@x.example', 'info@x.example', '+15550100', 'sign-in', 'image-only-phone'), fc.string({ maxLength: 30 })),
    role: fc.constantFrom(...ROLES),
    depth: fc.integer({ min: 0, max: 5 }),
    flags: fc.uniqueArray(fc.constantFrom(...FLAGS), { maxLength: 4 }),
  })
  .map((f) => finding(f));

const arbPages = fc.array(
  fc.record({ depth: fc.integer({ min: 0, max: 3 }), contact: fc.boolean(), lang: fc.constantFrom('en', 'de', ''), sitemap: fc.boolean() }),
  { maxLength: 6 },
);

describe('scoreAudit invariants (property-based)', () => {
  it('keeps every score in 0..100, equal to the explained points, and every check within the contract', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 12 }), arbPages, (findings, pageSpecs) => {
        const pages = pageSpecs.map((p, i) =>
          page({
            depth: p.depth,
            url: `https://vendor.example/p${i}`,
            lang: p.lang,
            viaSitemap: p.sitemap,
            links: p.contact ? [link('/contact', 'Contact', 'footer')] : [],
          }),
        );
        const { checks, scores } = scoreAudit(crawl(pages), findings);
        const sum = (cat: string) => checks.filter((c) => c.category === cat).reduce((s, c) => s + c.points, 0);
        for (const c of checks) {
          CheckSchema.parse(c);
          expect(c.points).toBeLessThanOrEqual(c.weight);
          if (c.status !== 'fail') expect(c.points).toBe(0);
        }
        for (const v of [scores.overall, scores.sales, scores.support]) expect(v >= 0 && v <= 100).toBe(true);
        expect(scores.sales).toBeCloseTo(sum('sales'), 5);
        expect(scores.support).toBeCloseTo(sum('support'), 5);
        expect(scores.overall).toBeCloseTo(CATEGORY_SHARE.sales * scores.sales + CATEGORY_SHARE.support * scores.support + sum('overall'), 5);
      }),
      { numRuns: 300 },
    );
  });

  it('never makes sales more hidden by adding a sales phone on the start page', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 10 }), (findings) => {
        const before = scoreAudit(crawl([page()]), findings).scores.sales;
        const after = scoreAudit(crawl([page()]), [...findings, finding({ kind: 'phone', value: '+15559999', role: 'sales' })]).scores.sales;
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
