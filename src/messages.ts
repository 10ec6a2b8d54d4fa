// The one contract between the popup, the background worker and the engine (src/engine); the tab
// agent's is tab-messages.ts, the engine's requests and controls engine-messages.ts.
// Every message is parsed with these schemas on arrival; a message that does not parse is dropped.
// zod/mini keeps the popup and content bundles small (the full zod API is not tree-shakable).
import * as z from 'zod/mini';
import { DEFAULT_CRAWL_OPTIONS } from './core/crawl/crawl-types.js';
import { Count, Text, Url } from './message-fields.js';
import { CRAWL_ERROR_KINDS } from './core/report/crawl-error-kinds.js';
import { MAX_REDIRECT_RECORDS, REDIRECT_OUTCOMES } from './core/report/redirect-record.js';
import { EMBED_FLAG, FLAGS, HELPDESK_PLATFORMS } from './core/flags.js';
import { EXPORT_FORMATS } from './core/report/formats/format-names.js';
import { CHECK_CATEGORIES, CHECK_STATUSES } from './core/score/check-kinds.js';
import { GRADES } from './core/score/grade.js';
import { FAILURE_KINDS } from './core/outcome/failure.js';
import { OUTCOME_STATUSES } from './core/outcome/outcome.js';
import { upgradeReport } from './core/report/upgrade.js';
import { FINDING_KINDS, REGIONS, ROLES } from './core/types.js';
import { UI_LANGUAGES } from './core/i18n/languages.js';
import type { MessageRef } from './core/i18n/message-format.js';

// Extension pages forbid eval (CSP script-src 'self'); zod would probe for it with new Function and
// log a CSP violation each time a worker starts. The setting is global, shared with the full zod.
z.config({ jitless: true });

/** Page-derived text is untrusted: bounded everywhere it crosses a boundary. */
/** A click path's length bound: a crawl is a few clicks deep, a hostile message is not believed. */
const MAX_PATH = 50;
/** Pages a crawl may shorten the path of: every page of the largest crawl the settings allow. */
const MAX_SHORTENED = 10_000;

export const SettingsSchema = z.object({
  maxDepth: z.number().check(z.int(), z.minimum(0), z.maximum(6)),
  maxPages: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  respectRobots: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;
// The CLI's defaults: the extension's settings are a subset of the crawl's options.
const { maxDepth, maxPages, respectRobots } = DEFAULT_CRAWL_OPTIONS;
export const DEFAULT_SETTINGS: Settings = { maxDepth, maxPages, respectRobots };

/** A flag from the closed list (src/core/flags.ts), or embed:<service>. */
const Flag = z.union([
  z.enum([...FLAGS, ...HELPDESK_PLATFORMS]),
  z.templateLiteral(['embed:', z.string().check(z.regex(new RegExp(`^${EMBED_FLAG.source.slice('^embed:'.length)}`)))]),
]);

export const PageFindingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  value: Text,
  display: z.optional(Text),
  role: z.enum(ROLES),
  flags: z.array(Flag).check(z.maxLength(40)),
  context: z.optional(Text),
  region: z.optional(z.enum(REGIONS)),
});

export const PageAnalysisSchema = z.object({
  url: Url,
  title: Text,
  lang: z.string().check(z.maxLength(40)),
  country: z.optional(z.string().check(z.maxLength(8))),
  findings: z.array(PageFindingSchema).check(z.maxLength(2000)),
  links: z.array(z.object({ url: Url, text: Text, region: z.enum(REGIONS), rel: z.optional(Text) })).check(z.maxLength(5000)),
  metaRefresh: z.optional(Url),
  canonical: z.optional(Url),
});

export const CrawledPageSchema = z.object({
  url: Url,
  depth: Count,
  path: z.array(Url).check(z.maxLength(MAX_PATH)),
  pathText: z.array(Text).check(z.maxLength(MAX_PATH)),
  status: z.number().check(z.int()),
  analysis: PageAnalysisSchema,
  viaSitemap: z.optional(z.boolean()),
});

export const CrawlProgressSchema = z.object({ pagesFetched: Count, maxPages: Count, depth: Count, url: Url, queued: Count });

const UrlReason = z.object({ url: Url, reason: Text });
/** An engine's reason as a catalogue message (src/core/outcome/reason.ts): key and language-neutral values. */
const ReasonMessage: z.ZodMiniType<MessageRef> = z.object({
  key: z.string().check(z.maxLength(120)),
  get params() {
    return z.optional(z.record(z.string(), z.union([Text, z.number(), ReasonMessage])));
  },
});

/** A finished crawl without its pages (they were streamed one by one). */
export const CrawlSummarySchema = z.object({
  startUrl: Url,
  site: Url,
  errors: z.array(z.object({ url: Url, message: Text, status: z.optional(z.number().check(z.int())), kind: z.enum(CRAWL_ERROR_KINDS) })),
  skipped: z.array(UrlReason),
  sitemapOnly: z.array(z.object({ url: Url, reason: Text, message: z.optional(ReasonMessage) })),
  country: z.optional(z.string()),
  partialReason: z.optional(Text),
  partialMessage: z.optional(ReasonMessage),
  failure: z.optional(
    z.object({ kind: z.enum(FAILURE_KINDS), reason: Text, message: z.optional(ReasonMessage), status: z.optional(z.number().check(z.int())) }),
  ),
  redirects: z.optional(
    z
      .array(
        z.object({
          from: Url,
          to: z.optional(Url),
          status: z.number().check(z.int()),
          outcome: z.enum(REDIRECT_OUTCOMES),
          reason: z.optional(Text),
          foundAt: z.optional(Url),
        }),
      )
      .check(z.maxLength(MAX_REDIRECT_RECORDS)),
  ),
  depthsExactTo: z.optional(Count),
  vendorHosts: z.optional(
    z
      .array(
        z.object({
          host: Text,
          why: z.enum(['subdomain', 'help-desk']),
          read: z.boolean(),
          url: Url,
          path: z.array(Url).check(z.maxLength(MAX_PATH)),
          pathText: z.array(Text).check(z.maxLength(MAX_PATH)),
        }),
      )
      .check(z.maxLength(20)),
  ),
  /** Pages sent while the crawl ran whose fewest clicks the end of the crawl shortened (crawl/shortest-paths.ts). */
  shortened: z.optional(
    z
      .array(z.object({ url: Url, depth: Count, path: z.array(Url).check(z.maxLength(MAX_PATH)), pathText: z.array(Text).check(z.maxLength(MAX_PATH)) }))
      .check(z.maxLength(MAX_SHORTENED)),
  ),
});
export type CrawlSummary = z.infer<typeof CrawlSummarySchema>;

export const CrawlOptionsSchema = z.object({
  maxDepth: Count,
  maxPages: Count,
  concurrency: Count,
  timeoutMs: Count,
  maxBytes: Count,
  respectRobots: z.boolean(),
  country: z.optional(z.string()),
  useSitemap: z.boolean(),
  maxTimeMs: z.optional(Count),
  language: z.optional(z.string().check(z.maxLength(35))),
  siteDomain: z.optional(z.string().check(z.maxLength(253))),
  vendorHosts: z.optional(z.enum(['read', 'list'])),
  readableHosts: z.optional(z.array(Url).check(z.maxLength(100))),
});

/**
 * The report as the popup reads it: only the fields it renders are checked (the background built it
 * with the engine's full ReportSchema); the rest passes through for export.
 */
export const ReportViewSchema = z.looseObject({
  site: z.string(),
  outcome: z.looseObject({ status: z.enum(OUTCOME_STATUSES), reason: z.optional(z.string()), message: z.optional(ReasonMessage) }),
  partial: z.boolean(),
  partialReason: z.optional(z.string()),
  finishedAt: z.string(),
  // Absent exactly when the audit failed (the start page could not be read).
  scores: z.optional(z.object({ overall: z.number(), sales: z.number(), support: z.number(), grade: z.enum(GRADES) })),
  findings: z.array(z.looseObject({ ...PageFindingSchema.shape, depth: Count, path: z.array(Url), pathText: z.array(Text), url: Url })),
  crawl: z.optional(
    z.looseObject({
      vendorHosts: z.optional(
        z.array(z.looseObject({ host: z.string(), why: z.enum(['subdomain', 'help-desk']), read: z.boolean(), path: z.array(Url), pathText: z.array(Text) })),
      ),
    }),
  ),
  checks: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      category: z.enum(CHECK_CATEGORIES),
      status: z.enum(CHECK_STATUSES),
      points: z.number(),
      explanation: z.string(),
      // Loose: each note's catalogue message (schema 2.2.0) passes through to the popup.
      evidence: z.array(z.looseObject({ url: z.optional(z.string()), value: z.optional(z.string()), note: z.optional(z.string()) })),
    }),
  ),
});

/** A finding shown while the crawl runs, before the report exists. */
export const LiveFindingSchema = z.object({ kind: z.enum(FINDING_KINDS), value: Text, display: z.optional(Text), role: z.enum(ROLES), url: Url, depth: Count });
export type LiveFinding = z.infer<typeof LiveFindingSchema>;

/** What the background keeps per audit (tab + site) and what the popup renders. */
export const AuditStateSchema = z.object({
  /** One id per run: messages from an older run of the same tab are ignored. */
  id: z.string().check(z.maxLength(80)),
  tabId: z.number().check(z.int()),
  site: Url,
  startUrl: Url,
  status: z.enum(['crawling', 'done', 'error']),
  startedAt: z.string(),
  finishedAt: z.optional(z.string()),
  /** Last write: a crawl that stopped reporting (its tab's script died unseen) is ended, not shown forever. */
  updatedAt: z.optional(z.string()),
  options: CrawlOptionsSchema,
  /** queued: pages known and waiting, so the popup shows pages read of pages planned. */
  progress: z.object({ pagesFetched: Count, maxPages: Count, depth: Count, url: Url, queued: z.optional(Count) }),
  /** URLs of the pages stored under page keys, in arrival order. */
  pageUrls: z.array(Url),
  live: z.array(LiveFindingSchema),
  // A 1.x report kept from before 2.0 is read as 2.0 (report/upgrade.ts).
  report: z.optional(
    z.pipe(
      z.transform((r: unknown) => upgradeReport(r)),
      ReportViewSchema,
    ),
  ),
  error: z.optional(Text),
});
export type AuditState = z.infer<typeof AuditStateSchema>;

export { EXPORT_FORMATS, type ExportFormat } from './core/report/formats/format-names.js';

// ── popup/options → background (each answers with the matching response below) ──
const fromPage = [
  /** The popup opened on a tab: show its audit, or start one. */
  z.object({ type: z.literal('popup/open'), tabId: z.number().check(z.int()) }),
  z.object({ type: z.literal('popup/rerun'), tabId: z.number().check(z.int()) }),
  /** The shopper's Stop: the audit ends now, as a partial report of the pages read. */
  z.object({ type: z.literal('popup/stop'), tabId: z.number().check(z.int()) }),
  z.object({ type: z.literal('popup/get'), tabId: z.number().check(z.int()) }),
  z.object({ type: z.literal('popup/export'), tabId: z.number().check(z.int()), format: z.enum(EXPORT_FORMATS) }),
  /** The options page's "Clear history": done by the worker, in the queue every history write takes. */
  z.object({ type: z.literal('options/clear-history') }),
  /** The history page reopens one kept audit: answered with the HTML the export writes (src/history). */
  z.object({ type: z.literal('history/report'), site: Url, at: z.string().check(z.maxLength(40)), lang: z.optional(z.enum(UI_LANGUAGES)) }),
  /** The history page puts 2–10 kept audits side by side: answered with the compare page (src/core/compare). */
  z.object({
    type: z.literal('history/compare'),
    audits: z.array(z.object({ site: Url, at: z.string().check(z.maxLength(40)) })).check(z.maxLength(10)),
    lang: z.optional(z.enum(UI_LANGUAGES)),
  }),
] as const;
export const ToBackgroundFromPageSchema = z.discriminatedUnion('type', fromPage);
export type ToBackgroundFromPage = z.infer<typeof ToBackgroundFromPageSchema>;

export const PopupResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), state: AuditStateSchema }),
  z.object({ kind: z.literal('unsupported'), reason: Text }),
  z.object({ kind: z.literal('export'), filename: z.string(), mime: z.string(), text: z.string() }),
  z.object({ kind: z.literal('done') }),
]);
export type PopupResponse = z.infer<typeof PopupResponseSchema>;

// ── engine → background: what the crawl streams (src/engine/run-audit.ts), for the tab it audits ──
const fromEngine = [
  z.object({ type: z.literal('engine/progress'), auditId: z.string(), tabId: Count, progress: CrawlProgressSchema }),
  z.object({ type: z.literal('engine/page'), auditId: z.string(), tabId: Count, page: CrawledPageSchema }),
  /** The tab's rendered page, analysed once late widgets had their time to load. */
  z.object({ type: z.literal('engine/live-dom'), auditId: z.string(), tabId: Count, analysis: PageAnalysisSchema }),
  z.object({ type: z.literal('engine/done'), auditId: z.string(), tabId: Count, crawl: CrawlSummarySchema }),
  z.object({ type: z.literal('engine/failed'), auditId: z.string(), tabId: Count, error: Text }),
] as const;
export const ToBackgroundFromEngineSchema = z.discriminatedUnion('type', fromEngine);
export type ToBackgroundFromEngine = z.infer<typeof ToBackgroundFromEngineSchema>;

// ── background → popup (broadcast; the popup also polls, so a missed one costs nothing) ──
const toPopup = [z.object({ type: z.literal('bg/state'), state: AuditStateSchema })] as const;
export const ToPopupSchema = z.discriminatedUnion('type', toPopup);
export type ToPopup = z.infer<typeof ToPopupSchema>;

/** Every message type by direction: the convention test checks each has a handler. */
export const MESSAGE_TYPES = {
  toBackgroundFromPage: fromPage.map((o) => o.shape.type.def.values[0]),
  toBackgroundFromEngine: fromEngine.map((o) => o.shape.type.def.values[0]),
  toPopup: toPopup.map((o) => o.shape.type.def.values[0]),
};
