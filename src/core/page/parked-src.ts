/**
 * The URL a script or frame loads, or will load once a consent manager or a lazy loader lets it run:
 * its src, else the attribute where they park the URL until then. Each names it its own way:
 * data-src (lazy loaders, Klaro, LiteSpeed), data-rocket-src (WP Rocket's delayed JavaScript, type
 * "rocketlazyloadscript"), suppressedsrc and data-suppressedsrc (iubenda's prior blocking),
 * data-cmplz-src and data-src-cmplz (Complianz), data-uc-src (Usercentrics), data-consent-src (Cookie
 * Information), data-borlabs-…-src (Borlabs Cookie). Read as a family: an attribute named "src" as one
 * of its hyphen-separated words, so "data-srcset" (images) is not one. A frame held back keeps
 * src="about:blank" beside the parked URL.
 */
export function parkedSrc(attribs: Readonly<Record<string, string>>, parkedNames: readonly string[]): string | undefined {
  const src = attribs.src;
  if (src && src !== 'about:blank') return src;
  for (const name of parkedNames) if (attribs[name]) return attribs[name];
  return src || undefined;
}

/**
 * The parked-URL attributes among a page's attribute names (ParsedPage.attributeNames): looked up on
 * each element, not found by walking every element's attributes (most pages have none or one).
 */
export function parkedAttributeNames(attributeNames: Iterable<string>): string[] {
  return [...attributeNames].filter((name) => name !== 'src' && PARKED.test(name));
}

const PARKED = /^(?:data-(?:[\w-]+-)?src(?:-[\w-]+)?|(?:data-)?suppressedsrc)$/;
