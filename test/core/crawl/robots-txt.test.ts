import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, parseRobots, robotsFromResponse } from '../../../src/core/crawl/robots-txt.js';

const ROBOTS = `
User-agent: *
Disallow: /private/
Allow: /private/contact

User-agent: contact-audit
Disallow: /no-audit

Sitemap: https://example.com/sitemap-pages.xml
`;

describe('robots.txt', () => {
  const rules = parseRobots('https://example.com/robots.txt', ROBOTS);

  it('obeys the group naming contact-audit', () => {
    expect(rules.isAllowed('https://example.com/no-audit/x')).toBe(false);
    // The named group replaces '*' (RFC 9309 §2.2.1): /private/ is not disallowed for us.
    expect(rules.isAllowed('https://example.com/private/x')).toBe(true);
    expect(rules.isAllowed('https://example.com/contact')).toBe(true);
  });

  it("falls back to '*' when no group names contact-audit", () => {
    const star = parseRobots('https://example.com/robots.txt', 'User-agent: *\nDisallow: /private/\nAllow: /private/contact\n');
    expect(star.isAllowed('https://example.com/private/x')).toBe(false);
    expect(star.isAllowed('https://example.com/private/contact')).toBe(true);
    expect(star.isAllowed('https://example.com/public')).toBe(true);
  });

  it('reads Sitemap: lines', () => {
    expect(rules.sitemaps).toEqual(['https://example.com/sitemap-pages.xml']);
  });

  it('maps status codes as RFC 9309 says', () => {
    expect(robotsFromResponse('https://example.com/robots.txt', 404, '').isAllowed('https://example.com/x')).toBe(true);
    expect(robotsFromResponse('https://example.com/robots.txt', 503, '').isAllowed('https://example.com/x')).toBe(false);
    expect(robotsFromResponse('https://example.com/robots.txt', 429, '').isAllowed('https://example.com/x')).toBe(false);
    expect(robotsFromResponse('https://example.com/robots.txt', 403, '').isAllowed('https://example.com/x')).toBe(true);
    expect(robotsFromResponse('https://example.com/robots.txt', undefined, '').isAllowed('https://example.com/x')).toBe(false);
    expect(robotsFromResponse('https://example.com/robots.txt', 200, 'User-agent: *\nDisallow: /\n').isAllowed('https://example.com/x')).toBe(false);
    expect(ALLOW_ALL.isAllowed('https://example.com/x')).toBe(true);
  });
});
