/**
 * A copy of `s` that keeps nothing else alive. In V8 a substring of 13 or more characters is a
 * "sliced string" that points into the string it was cut from (V8 issue 2869; nodejs/node#31891),
 * and the HTML parser's text and attributes are cut from the page's body: one link text kept per
 * page kept every page's whole body, 70 KB a page on a 2,000-page crawl (issue #12). Prepending a
 * character makes a new string; slicing it flattens that into a copy of `s` alone, and the slice
 * of that copy holds one spare character. Shorter strings are copied by V8 already.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
