import * as z from 'zod';
import { DEMANDS, EMBED_FLAG, FLAGS, HELPDESK_PLATFORMS } from '../flags.js';
import { CHECK_CATEGORIES, CHECK_STATUSES } from '../score/check-kinds.js';
import { FINDING_KINDS, REGIONS, ROLES } from '../types.js';
import { CRAWL_ERROR_KINDS } from './crawl-error-kinds.js';
import { FAILURE_KINDS } from '../outcome/failure.js';
import { OUTCOME_STATUSES } from '../outcome/outcome.js';
import { REDIRECT_OUTCOMES } from './redirect-record.js';

/**
 * The audit report: one versioned schema, the source of truth for the CLI, the extension and
 * every export. docs/report.schema.json is generated from it (npm run schema).
 * Bump SCHEMA_VERSION on any change a consumer could notice; additive fields are a minor bump.
 */
export const SCHEMA_VERSION = '2.2.0';
const SAME_MAJOR = new RegExp(`^${SCHEMA_VERSION.split('.')[0]}\\.\\d+\\.\\d+$`);
/**
 * The schema's `$id`, and the `$schema` every report carries. One per major version: a minor version
 * only adds fields and objects are open to them, so the newest 2.x schema reads every 2.x report.
 * A URN, not a URL: the project owns no domain to serve the schema from, and a URL that answers
 * 404 would be a placeholder; the schema itself ships as docs/report.schema.json.
 */
export const REPORT_SCHEMA_ID = `urn:contact-audit:report:${SCHEMA_VERSION.split('.')[0]}`;

const Url = z.string().max(4096);
/** Page-derived text: untrusted, bounded. */
const Text = z.string().max(2000);

/** One flag: a name from the list, or embed:<service>. */
function FlagSchema() {
  const service = z.string().regex(new RegExp(`^${EMBED_FLAG.source.slice('^embed:'.length)}`));
  return z.union([z.enum([...FLAGS, ...HELPDESK_PLATFORMS]), z.templateLiteral(['embed:', service])]);
}

export const FindingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  value: Text.describe(
    'E.164 for phones (an extension as RFC 3966 ";ext="; the digits as written, flag unsure-country, when the page names no country), lower-cased address for emails, vendor id for chat/messaging',
  ),
  display: Text.optional().describe('As written on the page'),
  role: z.enum(ROLES),
  depth: z.number().int().min(0).describe('Fewest clicks from the start page (0 = the start page)'),
  path: z.array(Url).min(1).describe('Page URLs from the start page to the page where it was found'),
  pathText: z.array(Text).describe('Link texts clicked along the path (one fewer than path)'),
  url: Url.describe('The page where it was found'),
  flags: z.array(FlagSchema()).describe('From a closed list (src/core/flags.ts): embed:<service> names a form service'),
  context: Text.optional(),
  region: z.enum(REGIONS).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A catalogue message: its key and values; a value is text, a number or another message. */
const MessageRefSchema = z.object({
  key: z.string().max(120),
  get params() {
    return z.record(z.string(), z.union([Text, z.number(), MessageRefSchema])).optional();
  },
});

export const CheckSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(CHECK_CATEGORIES),
  status: z.enum(CHECK_STATUSES),
  weight: z.number().min(0).describe('Most points this check can add to its category score'),
  points: z.number().min(0).describe('Points of hiddenness this check added (0 when it passed)'),
  explanation: Text.describe('Why it passed or failed, in one sentence, in English'),
  message: MessageRefSchema.optional().describe('Since 2.2.0: the explanation as a message of the catalogue (src/core/i18n), for readers in other languages'),
  evidence: z.array(
    z.object({
      url: Url.optional(),
      value: Text.optional(),
      note: Text.optional().describe('What the evidence shows, in English'),
      message: MessageRefSchema.optional().describe('Since 2.2.0: the note as a message of the catalogue (src/core/i18n), for readers in other languages'),
    }),
  ),
  source: z.string().optional().describe('Where the rule and its weight come from'),
});
export type Check = z.infer<typeof CheckSchema>;

export { GRADES } from '../score/grade.js';
import { GRADES } from '../score/grade.js';

export const CrawlErrorSchema = z.object({
  url: Url,
  message: Text,
  status: z.number().int().optional(),
  kind: z
    .enum(CRAWL_ERROR_KINDS)
    .describe('soft-404: HTTP 200 but the page says not found (not analysed); capped: a page listed more contacts of a kind than the report keeps'),
});
export type CrawlError = z.infer<typeof CrawlErrorSchema>;

export const OutcomeSchema = z
  .object({
    status: z
      .enum(OUTCOME_STATUSES)
      .describe('complete; partial: the report covers what was read (reason says what is missing); failed: the start page could not be read, no scores'),
    reason: Text.optional().describe('partial: what is missing; failed: why, in plain words ("the server answered 503")'),
    message: MessageRefSchema.optional().describe('Since 2.2.0: the reason as a message of the catalogue (src/core/i18n), for readers in other languages'),
    failure: z.enum(FAILURE_KINDS).optional().describe('failed: how the start page failed'),
    httpStatus: z.number().int().optional().describe('failed: the HTTP status the start page answered with, if any'),
  })
  .describe('Since 2.0.0');

export const RedirectSchema = z.object({
  from: Url,
  to: Url.optional().describe('Where the Location header pointed; absent when the browser hides it'),
  status: z.number().int(),
  outcome: z.enum(REDIRECT_OUTCOMES).describe('followed; off-site, refused or hidden: the target was never requested'),
  reason: Text.optional(),
  foundAt: Url.optional().describe('hidden: the same-origin address where the same page was found instead'),
});

/** The best way to reach a person for one role (src/core/reach), as every report states it first. */
export const BestWaySchema = z.object({
  channel: z.enum(['phone', 'chat', 'messaging', 'email', 'form', 'helpdesk']),
  reachesPerson: z.boolean().describe('false for a form, a help desk, a bot, a noreply mailbox'),
  summary: Text.describe('In plain words: "Call (202) 555-0143 — 1 click (free to call)"'),
  value: Text.optional().describe('The number, address or handle to use; absent for a chat or a form (the page is the way)'),
  pageUrl: Url.describe('The page that shows it (a form: the page, never where it posts)'),
  depth: z.number().int().min(0),
  path: z.array(Url).min(1),
  pathText: z.array(Text),
  cost: z.enum(['free', 'premium-rate', 'shared-cost']).optional(),
  demands: z.array(z.enum(DEMANDS)).describe('What it asks first; order-number and serial-number since 2.1.0'),
  hours: Text.optional().describe('Opening hours stated next to it, as written ("Mon–Fri 9 am–5 pm")'),
});

export const ReportSchema = z
  .object({
    $schema: z.string().max(200).optional().describe(`Since 2.2.0: the schema this report follows, ${REPORT_SCHEMA_ID} (the $id of docs/report.schema.json)`),
    // Any 2.x: minor versions only add. A 1.x report (kept in the extension's history) is read
    // through upgradeReport (report/upgrade.ts) first; a 3.x is refused.
    schemaVersion: z.string().regex(SAME_MAJOR).describe(`Semantic version of this schema; this build writes ${SCHEMA_VERSION}`),
    tool: z.object({ name: z.literal('contact-audit'), version: z.string() }),
    site: z.string().describe('The audited origin, e.g. https://example.com'),
    startUrl: Url.describe('The URL as given'),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    outcome: OutcomeSchema,
    partial: z.boolean().describe('True unless the outcome is complete (kept for 1.x readers; read outcome)'),
    partialReason: z.string().optional().describe('outcome.reason, for 1.x readers'),
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
        maxTimeMs: z.number().int().min(1).optional().describe('Time budget of the whole audit; absent: none'),
      }),
      country: z.string().optional().describe('Country used to read phone numbers'),
      errors: z.array(CrawlErrorSchema),
      skipped: z.array(z.object({ url: Url, reason: z.string() })).describe('Links deliberately not requested'),
      sitemapOnly: z
        .array(z.object({ url: Url, reason: z.string(), message: MessageRefSchema.optional().describe('Since 2.2.0: the reason as a catalogue message') }))
        .describe('Contact-like pages listed in sitemap.xml but not linked within the depth'),
      redirects: z.array(RedirectSchema).optional().describe('Since 1.2.0: every redirect met and what became of it (first 200)'),
      depthsExactTo: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe(
          'Since 2.1.0: depths up to this one are fewest clicks; deeper ones are the shortest path found (pages shallower were left unread). Absent: all exact',
        ),
      vendorHosts: z
        .array(
          z.object({
            host: z.string(),
            why: z.enum(['subdomain', 'help-desk']).describe("Another host of the site's registrable domain, or the vendor's account on a help-desk platform"),
            read: z.boolean().describe('False where the audit could not read it (the extension lists it with the path to it)'),
            url: Url.describe('The first link to it'),
            path: z.array(Url),
            pathText: z.array(z.string()),
          }),
        )
        .optional()
        .describe("Since 2.1.0: the vendor's other hosts the links led to (support.vendor.com, vendor.zendesk.com)"),
    }),
    scores: z
      .object({
        overall: z.number().min(0).max(100),
        sales: z.number().min(0).max(100),
        support: z.number().min(0).max(100),
        grade: z.enum(GRADES),
      })
      .optional()
      .describe('Absent exactly when the audit failed: a site that could not be read is not scored'),
    bestWay: z
      .object({ sales: BestWaySchema.optional(), support: BestWaySchema.optional() })
      .optional()
      .describe('Since 2.0.0: the best way to reach sales and support; absent when the audit failed, a role absent when none was found'),
    findings: z.array(FindingSchema),
    checks: z.array(CheckSchema),
  })
  .refine((r) => (r.outcome.status === 'failed') === (r.scores === undefined), {
    message: 'a failed audit has no scores, and every other audit has them',
    path: ['scores'],
  });
export type Report = z.infer<typeof ReportSchema>;
/** A report that has scores: every outcome but failed. */
export type ScoredReport = Report & { scores: NonNullable<Report['scores']> };
