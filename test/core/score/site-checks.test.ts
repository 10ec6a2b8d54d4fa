import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/flags.js';
import { contactGates } from '../../../src/core/score/checks/contact-gates.js';
import { contactLinkEverywhere } from '../../../src/core/score/checks/contact-link-everywhere.js';
import { contactPageFromStart } from '../../../src/core/score/checks/contact-page-from-start.js';
import { imageOnlyPhone } from '../../../src/core/score/checks/image-only-phone.js';
import { imprintTwoClicks } from '../../../src/core/score/checks/imprint-two-clicks.js';
import { noreplyEmail } from '../../../src/core/score/checks/noreply-email.js';
import { postalAddress } from '../../../src/core/score/checks/postal-address.js';
import { premiumRateSupport } from '../../../src/core/score/checks/premium-rate-support.js';
import { ctx, finding, link, page, SITE } from './make.js';

describe('contact-link-everywhere', () => {
  it('passes when every page has a contact link in its frame (or is the contact page)', () => {
    const pages = [page({ links: [link('/contact', 'Contact us', 'header')] }), page({ depth: 1, url: `${SITE}/kontakt`, pathText: ['Kontakt'] })];
    expect(contactLinkEverywhere.evaluate(ctx([], pages))).toMatchObject({ status: 'pass', points: 0 });
  });

  it('lists the pages without one, and scores by their share', () => {
    const pages = [
      page({ links: [link('/contact', 'Contact', 'footer')] }),
      page({ depth: 1, links: [link('/contact', 'Contact', 'main')] }), // in the content only
      page({ depth: 2, findings: [{ kind: 'phone', value: '+15550100', role: 'general', flags: [], region: 'footer' }] }),
      page({ depth: 2, url: `${SITE}/blog` }),
    ];
    const out = contactLinkEverywhere.evaluate(ctx([], pages));
    expect(out.status).toBe('fail');
    expect(out.points).toBeCloseTo((contactLinkEverywhere.weight * 2) / 4);
    expect(out.evidence.map((e) => e.url)).toEqual([`${SITE}/p1`, `${SITE}/blog`]);
    expect(out.explanation).toBe('2 of 4 pages crawled have no contact link in the header, navigation or footer.');
  });

  it('does not apply when nothing was crawled, and ignores sitemap-only pages', () => {
    expect(contactLinkEverywhere.evaluate(ctx([], [])).status).toBe('not-applicable');
    const out = contactLinkEverywhere.evaluate(ctx([], [page({ links: [link('/contact', 'Contact', 'nav')] }), page({ depth: 1, viaSitemap: true })]));
    expect(out.status).toBe('pass');
  });
});

describe('contact-page-from-start', () => {
  it('passes when the start page links to a contact page', () => {
    const out = contactPageFromStart.evaluate(ctx([], [page({ links: [link('/about', 'About'), link('/get-in-touch', 'Reach out')] })]));
    expect(out.status).toBe('pass');
    expect(out.evidence[0]?.url).toBe(`${SITE}/get-in-touch`);
  });

  it('fails by depth, and nearly fully when only sitemap.xml lists one', () => {
    const deep = contactPageFromStart.evaluate(ctx([], [page(), page({ depth: 2, url: `${SITE}/company/contact` })]));
    expect(deep.status).toBe('fail');
    expect(deep.explanation).toContain('2 clicks');
    const listed = contactPageFromStart.evaluate(ctx([], [page()], { sitemapOnly: [{ url: `${SITE}/contact`, reason: 'contact-like URL' }] }));
    expect(listed.points).toBeGreaterThan(deep.points);
    expect(listed.points).toBeLessThan(contactPageFromStart.weight);
    expect(contactPageFromStart.evaluate(ctx([], [page()])).points).toBe(contactPageFromStart.weight);
    const viaSitemap = contactPageFromStart.evaluate(ctx([], [page(), page({ depth: 1, url: `${SITE}/contact`, viaSitemap: true })]));
    expect(viaSitemap.points).toBe(listed.points);
  });

  it('does not mistake "contactless" for a contact link', () => {
    expect(contactPageFromStart.evaluate(ctx([], [page({ links: [link('/contactless-payments', 'Contactless payments')] })])).status).toBe('fail');
  });
});

describe('postal-address', () => {
  it('passes for a full address at any depth', () => {
    const out = postalAddress.evaluate(ctx([finding({ kind: 'address', value: '1 Main St, Springfield', depth: 3 })]));
    expect(out.status).toBe('pass');
    expect(out.explanation).toContain('3 clicks');
  });
  it('fails partly for a PO box only, nearly fully for sitemap-only, fully for none', () => {
    const po = postalAddress.evaluate(ctx([finding({ kind: 'address', value: 'PO Box 12', flags: ['po-box'] })]));
    const hidden = postalAddress.evaluate(ctx([finding({ kind: 'address', value: '1 Main St', flags: ['sitemap-only'] })]));
    const none = postalAddress.evaluate(ctx([]));
    expect([po.status, hidden.status, none.status]).toEqual(['fail', 'fail', 'fail']);
    expect(po.points).toBeLessThan(hidden.points);
    expect(hidden.points).toBeLessThan(none.points);
    expect(none.points).toBe(postalAddress.weight);
  });
});

describe('imprint-two-clicks', () => {
  it('does not apply to an English .com site', () => {
    expect(imprintTwoClicks.evaluate(ctx([], [page()])).status).toBe('not-applicable');
  });
  it('applies to lang="de" and to .at hosts', () => {
    expect(imprintTwoClicks.evaluate(ctx([], [page({ lang: 'de-DE' })])).status).toBe('fail');
    expect(imprintTwoClicks.evaluate(ctx([], [page()], { site: 'https://firma.at' })).points).toBe(imprintTwoClicks.weight);
  });
  it('passes when a page 1 click deep links to the Impressum (2 clicks)', () => {
    const pages = [page({ lang: 'de' }), page({ depth: 1, pathText: ['Kontakt'], links: [link('/impressum', 'Impressum')] })];
    const out = imprintTwoClicks.evaluate(ctx([], pages));
    expect(out.status).toBe('pass');
    expect(out.explanation).toBe('The Impressum is 2 clicks from the start page: Home → Kontakt → Impressum.');
  });
  it('fails when the Impressum is 3 clicks deep', () => {
    const pages = [page({ lang: 'de' }), page({ depth: 3, url: `${SITE}/rechtliches/impressum` })];
    const out = imprintTwoClicks.evaluate(ctx([], pages));
    expect(out.status).toBe('fail');
    expect(out.points).toBeGreaterThan(0);
    expect(out.explanation).toContain('3 clicks');
  });
});

describe('contact-gates', () => {
  it('passes without gates and ignores the phone-image gate', () => {
    expect(contactGates.evaluate(ctx([finding({ kind: 'gate', value: 'image-only-phone', flags: ['image-only-phone'] })])).status).toBe('pass');
  });
  it('fails by the number of kinds of gate', () => {
    const one = contactGates.evaluate(ctx([finding({ kind: 'gate', value: 'serial-number', role: 'support', flags: ['serial-number'] })]));
    const two = contactGates.evaluate(
      ctx([
        finding({ kind: 'gate', value: 'serial-number', flags: ['serial-number'] }),
        finding({ kind: 'gate', value: 'sign-in', flags: ['sign-in'], depth: 2 }),
      ]),
    );
    expect(one.status).toBe('fail');
    expect(one.explanation).toContain('a serial number');
    expect(two.points).toBeGreaterThan(one.points);
    expect(two.points).toBeLessThanOrEqual(contactGates.weight);
    expect(two.evidence).toHaveLength(2);
  });
});

describe('noreply-email', () => {
  it('fails fully when the only email is noreply, partly when one of several is', () => {
    const only = noreplyEmail.evaluate(ctx([finding({ kind: 'email', value: 'noreply@vendor.example', flags: ['noreply'] })]));
    expect(only).toMatchObject({ status: 'fail', points: noreplyEmail.weight });
    const some = noreplyEmail.evaluate(
      ctx([finding({ kind: 'email', value: 'noreply@vendor.example' }), finding({ kind: 'email', value: 'sales@vendor.example', role: 'sales' })]),
    );
    expect(some.status).toBe('fail');
    expect(some.points).toBeLessThan(noreplyEmail.weight);
  });
  it('passes with real addresses and does not apply without any', () => {
    expect(noreplyEmail.evaluate(ctx([finding({ kind: 'email', value: 'reply@vendor.example' })])).status).toBe('pass');
    expect(noreplyEmail.evaluate(ctx([])).status).toBe('not-applicable');
  });
});

describe('image-only-phone', () => {
  it('fails when every phone is an image, or a gate says so', () => {
    expect(imageOnlyPhone.evaluate(ctx([finding({ kind: 'phone', value: '+15550100', flags: ['image-only'] })])).points).toBe(imageOnlyPhone.weight);
    expect(imageOnlyPhone.evaluate(ctx([finding({ kind: 'gate', value: 'image-only-phone', flags: ['image-only-phone'] })])).status).toBe('fail');
  });
  it('fails partly when text phones exist too; passes for text; n/a without phones', () => {
    const mixed = imageOnlyPhone.evaluate(ctx([finding({ kind: 'phone', value: '+1', flags: ['image-only'] }), finding({ kind: 'phone', value: '+2' })]));
    expect(mixed.points).toBeGreaterThan(0);
    expect(mixed.points).toBeLessThan(imageOnlyPhone.weight);
    expect(imageOnlyPhone.evaluate(ctx([finding({ kind: 'phone', value: '+2', flags: ['tel-link'] })])).status).toBe('pass');
    expect(imageOnlyPhone.evaluate(ctx([])).status).toBe('not-applicable');
  });
});

describe('premium-rate-support', () => {
  it('fails for a premium-rate or shared-cost support line', () => {
    const out = premiumRateSupport.evaluate(ctx([finding({ kind: 'phone', value: '+499001234', role: 'support', flags: ['premium-rate'] })]));
    expect(out).toMatchObject({ status: 'fail', points: premiumRateSupport.weight });
    const mixed = premiumRateSupport.evaluate(
      ctx([finding({ kind: 'phone', value: '+491801', flags: ['shared-cost'] }), finding({ kind: 'phone', value: '+4930', role: 'support' })]),
    );
    expect(mixed.points).toBeLessThan(premiumRateSupport.weight);
    expect(mixed.points).toBeGreaterThan(0);
  });
  it('ignores sales lines, passes basic-rate support lines', () => {
    expect(premiumRateSupport.evaluate(ctx([finding({ kind: 'phone', value: '+1900', role: 'sales', flags: ['premium-rate'] })])).status).toBe(
      'not-applicable',
    );
    expect(premiumRateSupport.evaluate(ctx([finding({ kind: 'phone', value: '+1800', role: 'support', flags: ['toll-free'] })])).status).toBe('pass');
  });
});

describe('contact-gates with an unknown gate value', () => {
  it('names it by its value, even one that is an Object property name', () => {
    const out = contactGates.evaluate(ctx([finding({ kind: 'gate', value: 'constructor', flags: ['toString' as Flag] })]));
    expect(out.status).toBe('fail');
    expect(out.explanation).toBe('Getting a contact requires "constructor" (1 gate found).');
  });
});
