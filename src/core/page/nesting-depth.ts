/**
 * How deep a page's elements nest, estimated in one linear pass over its tags. The HTML tree
 * builder (parse5, behind cheerio.load) checks the open-element stack for every tag, so parsing
 * is quadratic in the depth: 12,000 nested <div>s take over a second, 30,000 about 13 s, a 3 MB
 * page of them hours. Browsers cap the depth instead (Blink builds at most 512 levels); no real
 * page comes near the bound below, so a page past it is parsed with htmlparser2 (linear; see
 * parsed-page.ts), which gives up parse5's error recovery for a page that is broken anyway.
 */

/** Elements that never hold others, so never count as an open level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * True when the tags open more than `limit` levels at some point. An estimate: unclosed <p> and
 * <li> count as open (parse5 closes them), so it errs towards deep, which the bound leaves room for.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  // Quick exit: a page with fewer tags than the bound cannot nest deeper than it.
  let opens = 0;
  for (let i = html.indexOf('<'); i !== -1 && opens <= limit; i = html.indexOf('<', i + 1)) opens++;
  if (opens <= limit) return false;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(name) && ++depth > limit) return true;
  }
  return false;
}
