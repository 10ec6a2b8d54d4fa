// Messages about the vendor's other hosts (help.vendor.com), apart from messages.ts for size: the
// permission the popup asks for, and the page fetch the content script asks of the worker.
import * as z from 'zod/mini';
import { FETCH_FAILURE_KINDS } from './core/crawl/crawl-types.js';
import { Count, Text, Url } from './message-fields.js';

/** The optional host permission the popup asks for, one host at a time: both schemes, any path (match patterns name no port). */
export function hostPermission(host: string): string {
  return `*://${host}/*`;
}

// ── content script → background, answered: a page on another host of the vendor's ──
/**
 * The tab may read its own origin only; a page on another host of the vendor's that the shopper
 * allowed (optional host permission) is fetched by the worker, as anonymously as the tab would.
 */
export const fetchFromContent = [z.object({ type: z.literal('content/fetch'), auditId: z.string(), url: Url, timeoutMs: Count, maxBytes: Count })] as const;
export const ContentFetchSchema = z.discriminatedUnion('type', fetchFromContent);
export type ContentFetch = z.infer<typeof ContentFetchSchema>;
export const ContentFetchReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    result: z.object({
      requestedUrl: Url,
      url: Url,
      status: z.number().check(z.int()),
      contentType: Text,
      body: z.string(),
      truncated: z.boolean(),
      headers: z.optional(z.record(z.string(), Text)),
      redirect: z.optional(z.object({ location: z.optional(Url) })),
    }),
  }),
  z.object({ ok: z.literal(false), kind: z.enum(FETCH_FAILURE_KINDS), message: Text }),
]);
export type ContentFetchReply = z.infer<typeof ContentFetchReplySchema>;
