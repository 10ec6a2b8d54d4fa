// The format of fixtures/<site>/expected.json: what an audit of that fixture site must report.
// Documented for people in fixtures/README.md; this schema is the contract the tests enforce.
import * as z from 'zod';
import { FINDING_KINDS, ROLES } from '../../src/core/types.js';

/** A path on the fixture site, with an optional query: "/logout", "/cart/add?id=1". */
const SitePath = z.string().regex(/^\//, 'a path starting with "/"');

const Range = z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]).refine(([min, max]) => min <= max, 'min must not exceed max');

export const ExpectedFindingSchema = z
  .object({
    kind: z.enum(FINDING_KINDS),
    /**
     * phone/fax: E.164; email: lower-cased; chat/messaging: vendor id; address: words that must all
     * appear in the reported address (case, accents and punctuation ignored); form: the path of the
     * form's action or of the page holding it. Omit to accept any value (gate, helpdesk).
     */
    value: z.string().min(1).optional(),
    role: z.enum(ROLES).optional(),
    /** Fewest clicks from the start page. Omit only for findings flagged 'sitemap-only'. */
    depth: z.number().int().min(0).optional(),
    /** Flags the finding must carry (others may be present too). */
    flags: z.array(z.string().min(1)).optional(),
    /** Why this contact is here, for the person reading the fixture. */
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => f.depth !== undefined || f.flags?.includes('sitemap-only'), {
    message: 'depth is required unless the finding is flagged sitemap-only',
  });
export type ExpectedFinding = z.infer<typeof ExpectedFindingSchema>;

export const ExpectedSchema = z
  .object({
    description: z.string().min(1),
    /** The page the audit starts from, as a path on the fixture site. */
    start: SitePath.default('/'),
    /** Crawl options for this site (same names as CrawlOptions), e.g. { "maxDepth": 3 }. */
    options: z
      .object({
        maxDepth: z.number().int().min(0),
        maxPages: z.number().int().min(1),
        concurrency: z.number().int().min(1),
        timeoutMs: z.number().int().min(1),
        respectRobots: z.boolean(),
        country: z.string().length(2),
        useSitemap: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    findings: z.array(ExpectedFindingSchema),
    /** No phone besides the listed ones may be reported (catches numbers mistaken for phones). */
    noOtherPhones: z.boolean(),
    /** No email besides the listed ones may be reported. */
    noOtherEmails: z.boolean(),
    /** No contact form besides the listed ones (search and newsletter forms are not contact forms). */
    noOtherForms: z.boolean().optional(),
    /** Paths that must never be requested (state-changing links). A path without "?" matches any query. */
    neverRequested: z.array(SitePath).default([]),
    /** Paths of contact pages listed only in sitemap.xml, which report.crawl.sitemapOnly must name. */
    sitemapOnly: z.array(SitePath).optional(),
    /** Score ranges, inclusive. Filled in once the scoring checks settle. */
    scores: z.object({ sales: Range, support: Range, overall: Range }).partial().strict().optional(),
    /** Check ids (src/core/score/checks/<id>.ts) that must fail. */
    failedChecks: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Expected = z.infer<typeof ExpectedSchema>;
