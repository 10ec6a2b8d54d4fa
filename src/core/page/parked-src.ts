/**
 * The URL a script or frame loads, or will load once a consent manager or a lazy loader lets it run:
 * its src, else the attribute where they park the URL until then. Each names it its own way:
 * data-src (lazy loaders, Klaro, LiteSpeed), data-rocket-src (WP Rocket's delayed JavaScript, type
 * "rocketlazyloadscript"), suppressedsrc and data-suppressedsrc (iubenda's prior blocking),
 * data-cmplz-src and data-src-cmplz (Complianz), data-uc-src (Usercentrics), data-consent-src (Cookie
 * Information), data-borlabs-…-src (Borlabs Cookie). Read as a family: a data- attribute with "src" as
 * one of its hyphen-separated words, so "data-srcset" (images) is not one. A frame held back keeps a
 * placeholder src beside the parked URL (about:blank; iubenda writes a data: page).
 */
export function parkedSrc(attribs: Readonly<Record<string, string>>, parkedNames: readonly string[]): string | undefined {
  const src = attribs.src;
  if (src && !PLACEHOLDER.test(src)) return src;
  for (const name of parkedNames) {
    const value = attribs[name];
    // Only a URL: "data-src-type=inline" is no parked script, and the element's own code is read.
    if (value && LOOKS_LIKE_URL.test(value.trim())) return value;
  }
  return src || undefined;
}

/**
 * The parked-URL attributes among a page's attribute names (ParsedPage.attributeNames), in a fixed
 * order (data-src, then the managers' own, then the rest by name), so which one an element's URL is
 * read from does not depend on other elements of the page.
 */
export function parkedAttributeNames(attributeNames: Iterable<string>): string[] {
  const names = [...attributeNames].filter(isParked);
  return names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const KNOWN = ['data-src', 'data-rocket-src', 'suppressedsrc', 'data-suppressedsrc', 'data-cmplz-src', 'data-src-cmplz', 'data-uc-src', 'data-consent-src'];
const rank = (name: string) => {
  const i = KNOWN.indexOf(name);
  return i < 0 ? KNOWN.length : i;
};

/** Split, not one regex: an attribute name is page input, and a pattern over it must stay linear. */
function isParked(name: string): boolean {
  if (name === 'suppressedsrc' || name === 'data-suppressedsrc') return true;
  return name.startsWith('data-') && name.length <= MAX_NAME && name.split('-').includes('src') && /^[\w-]+$/.test(name);
}
const MAX_NAME = 80;
const PLACEHOLDER = /^\s*(?:about:|data:|javascript:)/i;
const LOOKS_LIKE_URL = /^(?:https?:\/\/|\/\/|\/|\.\.?\/)/i;
