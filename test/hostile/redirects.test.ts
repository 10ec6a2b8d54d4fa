// The CLI against a site whose links redirect: into state-changing URLs, to another host (directly
// and as the second hop of a chain), and plainly to /en/contact/. Nothing refused is requested, the
// other host sees no request, the report says what became of each redirect, and the contact
// behind the plain redirect is found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/schema.js';
import { SALES_PHONE, serveRedirectSite, STATE_CHANGING, type RedirectSite } from '../support/redirect-site.js';
import { audit, findingValues } from './support/audit.js';

let s: RedirectSite;
let report: Report;
beforeAll(async () => {
  s = await serveRedirectSite();
  report = await audit(`${s.site.origin}/`, { respectRobots: false });
});
afterAll(() => s.close());

describe('redirects in the CLI', () => {
  it('requests no state-changing URL and nothing on the other host', () => {
    expect(s.stateChangingHits()).toEqual([]);
    for (const path of STATE_CHANGING) expect(s.site.requests).not.toContain(path);
    expect(s.other.requests).toEqual([]);
  });

  it('follows the start page and /contact to their same-origin targets and finds the sales line', () => {
    expect(findingValues(report, 'phone')).toContain(SALES_PHONE.e164);
    const contact = report.findings.find((f) => f.value === SALES_PHONE.e164);
    expect(contact?.pathText).toEqual(['Contact']);
  });

  it('says truthfully what became of each redirect', () => {
    const o = s.site.origin;
    const outcome = (from: string) => report.crawl.redirects?.filter((r) => r.from === `${o}${from}`).map((r) => [r.outcome, r.to, r.reason ?? '']);
    expect(outcome('/')).toEqual([['followed', `${o}/en/`, '']]);
    expect(outcome('/contact')).toEqual([['followed', `${o}/en/contact/`, '']]);
    expect(outcome('/contact-sales')).toEqual([['refused', `${o}/account/logout`, 'state-changing link (sign out)']]);
    expect(outcome('/contact-support')).toEqual([['refused', `${o}/contact?action=delete`, 'state-changing link (delete)']]);
    expect(outcome('/customer-service')).toEqual([['refused', `${o}/newsletter/unsubscribe?u=42`, 'state-changing link (unsubscribe)']]);
    expect(outcome('/offers')).toEqual([['refused', `${o}/cart/add?item=5`, expect.stringMatching(/cart/)]]);
    expect(outcome('/partner')).toEqual([['off-site', `${s.other.origin}/landing`, 'another site']]);
    expect(outcome('/partner-chain')).toEqual([['followed', `${o}/hop`, '']]);
    expect(outcome('/hop')).toEqual([['off-site', `${s.other.origin}/chain`, 'another site']]);
    const partner = report.crawl.errors.find((e) => e.url === `${o}/partner-chain`);
    expect(partner).toMatchObject({ kind: 'redirect-off-site', message: `redirects to ${s.other.origin}/chain (another site: not followed)` });
  });
});
