import * as z from 'zod';
import { FINDING_KINDS, REGIONS, ROLES } from '../types.js';

/**
 * The audit report: one versioned schema, the source of truth for the CLI, the extension and
 * every export. docs/report.schema.json is generated from it (npm run schema).
 * Bump SCHEMA_VERSION on any change a consumer could notice; additive fields are a minor bump.
 */
export const SCHEMA_VERSION = '1.0.0';

const Url = z.string().max(4096);
/** Page-derived text: untrusted, bounded. */
const Text = z.string().max(2000);

export const FindingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  value: Text.describe('E.164 for phones, lower-cased address for emails, vendor id for chat/messaging'),
  display: Text.optional().describe('As written on the page'),
  role: z.enum(ROLES),
  depth: z.number().int().min(0).describe('Fewest clicks from the start page (0 = the start page)'),
  path: z.array(Url).min(1).describe('Page URLs from the start page to the page where it was found'),
  pathText: z.array(Text).describe('Link texts clicked along the path (one fewer than path)'),
  url: Url.describe('The page where it was found'),
  flags: z.array(z.string().max(40)),
  context: Text.optional(),
  region: z.enum(REGIONS).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const CheckSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(['sales', 'support', 'overall']),
  status: z.enum(['pass', 'fail', 'not-applicable']),
  weight: z.number().min(0).describe('Most points this check can add to its category score'),
  points: z.number().min(0).describe('Points of hiddenness this check added (0 when it passed)'),
  explanation: Text.describe('Why it passed or failed, in one sentence'),
  evidence: z.array(z.object({ url: Url.optional(), value: Text.optional(), note: Text.optional() })),
  source: z.string().optional().describe('Where the rule and its weight come from'),
});
export type Check = z.infer<typeof CheckSchema>;

export { GRADES } from '../score/grade.js';
import { GRADES } from '../score/grade.js';

export const CrawlErrorSchema = z.object({
  url: Url,
  message: Text,
  status: z.number().int().optional(),
  kind: z.enum(['http', 'network', 'timeout', 'too-large', 'not-html', 'redirect-off-site', 'robots', 'parse', 'other']),
});
export type CrawlError = z.infer<typeof CrawlErrorSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('contact-audit'), version: z.string() }),
  site: z.string().describe('The audited origin, e.g. https://example.com'),
  startUrl: Url.describe('The URL as given'),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  partial: z.boolean().describe('True when the audit ended early (start page failed, cancelled, tab navigated away)'),
  partialReason: z.string().optional(),
  crawl: z.object({
    pagesFetched: z.number().int().min(0),
    maxDepth: z.number().int().min(0).describe('The deepest layer actually reached'),
    budget: z.object({
      maxDepth: z.number().int().min(0),
      maxPages: z.number().int().min(1),
      concurrency: z.number().int().min(1),
      timeoutMs: z.number().int().min(1),
      maxBytes: z.number().int().min(1),
      respectRobots: z.boolean(),
    }),
    country: z.string().optional().describe('Country used to read phone numbers'),
    errors: z.array(CrawlErrorSchema),
    skipped: z.array(z.object({ url: Url, reason: z.string() })).describe('Links deliberately not requested'),
    sitemapOnly: z.array(z.object({ url: Url, reason: z.string() })).describe('Contact-like pages listed in sitemap.xml but not linked within the depth'),
  }),
  scores: z.object({
    overall: z.number().min(0).max(100),
    sales: z.number().min(0).max(100),
    support: z.number().min(0).max(100),
    grade: z.enum(GRADES),
  }),
  findings: z.array(FindingSchema),
  checks: z.array(CheckSchema),
});
export type Report = z.infer<typeof ReportSchema>;
