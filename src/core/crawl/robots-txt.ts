import robotsParser from 'robots-parser';

/** The product token sites address this tool by; groups for '*' apply when none names it (RFC 9309 §2.2.1). */
export const ROBOTS_USER_AGENT = 'contact-audit';

export interface RobotsRules {
  /** False when robots.txt disallows the URL for 'contact-audit' (or '*'). URLs of other origins are allowed. */
  isAllowed(url: string): boolean;
  /** Absolute URLs of the Sitemap: lines. */
  sitemaps: string[];
}

/** Rules that allow everything: no robots.txt (4xx), or --ignore-robots. */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, sitemaps: [] };

/** Rules that allow nothing: robots.txt unreachable (5xx, network), RFC 9309 §2.3.1.4. */
export const DISALLOW_ALL: RobotsRules = { isAllowed: () => false, sitemaps: [] };

/** Parse robots.txt served at `robotsUrl` (its origin is the one the rules govern). */
export function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  return {
    // robots-parser answers undefined for a URL of another origin: not ours to judge, so allowed.
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_USER_AGENT) !== false,
    sitemaps: robots.getSitemaps(),
  };
}

/**
 * What a robots.txt response means (RFC 9309 §2.3.1): 2xx → its rules; 4xx → no rules;
 * 5xx or unreachable → disallow all (the site may be struggling; a crawler must back off).
 */
export function robotsFromResponse(robotsUrl: string, status: number | undefined, body: string): RobotsRules {
  // 429 asks the crawler to slow down, not "no rules here": treated like 5xx, as Google does.
  if (status === undefined || status >= 500 || status === 429) return DISALLOW_ALL;
  if (status >= 400) return ALLOW_ALL;
  if (status >= 200 && status < 300) return parseRobots(robotsUrl, body);
  return ALLOW_ALL;
}
