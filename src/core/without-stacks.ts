// Used by every caller of libphonenumber's parsers (the phone extractor, country inference, the page
// analysis); its stack traces were 6.5% of a crawl's CPU in issue #12's profile.

/**
 * Runs libphonenumber without capturing stack traces: it throws, and catches itself, a ParseError
 * for every candidate that is not a number, and capturing each error's stack (V8) is a good part
 * of the cost of reading a page. Errors escaping `fn` carry their message, as extractor errors report.
 */
export function withoutStacks<T>(fn: () => T): T {
  const E = Error as { stackTraceLimit?: unknown };
  const limit = E.stackTraceLimit;
  if (typeof limit !== 'number') return fn();
  E.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    E.stackTraceLimit = limit;
  }
}
