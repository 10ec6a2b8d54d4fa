// Apart from messages.ts for size: the permission to read the vendor's other hosts (help.vendor.com)
// the popup asks for, and the answer to a page fetch, which the tab agent's bundle needs too.
import * as z from 'zod/mini';
import { FETCH_FAILURE_KINDS } from './core/crawl/crawl-types.js';
import { Text, Url } from './message-fields.js';

/** The optional host permission the popup asks for, one host at a time: both schemes, any path (match patterns name no port). */
export function hostPermission(host: string): string {
  return `*://${host}/*`;
}

/** The answer to a page fetch, by the tab agent (engine/tab-fetch) or by the worker (engine/other-host-fetch). */
export const FetchReplySchema = z.union([
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
export type FetchReply = z.infer<typeof FetchReplySchema>;
