import { describe, expect, it } from 'vitest';
import { salesContactDepth } from '../../../src/core/score/checks/sales-contact-depth.js';
import { supportContactDepth } from '../../../src/core/score/checks/support-contact-depth.js';
import { CONTACT_DEPTH_WEIGHT, DEEP_SHARE, DEPTH_SHARE, GENERAL_EXTRA_SHARE, SITEMAP_ONLY_SHARE } from '../../../src/core/score/role-checks/contact-depth.js';
import { ctx, finding } from './make.js';
import type { Flag } from '../../../src/core/flags.js';

const W = CONTACT_DEPTH_WEIGHT;

describe('sales/support contact depth', () => {
  it('passes with 0 points for a sales phone on the start page', () => {
    const out = salesContactDepth.evaluate(ctx([finding({ kind: 'phone', value: '+15550100', display: '+1 555 0100', role: 'sales' })]));
    expect(out.status).toBe('pass');
    expect(out.points).toBe(0);
    expect(out.explanation).toContain('+1 555 0100');
    expect(out.explanation).toContain('start page');
  });

  it('grows with depth: 1 < 2 < 3 clicks < sitemap-only < none', () => {
    const at = (depth: number, flags: Flag[] = []) =>
      supportContactDepth.evaluate(ctx([finding({ kind: 'email', value: 'help@vendor.example', role: 'support', depth, flags })])).points;
    const none = supportContactDepth.evaluate(ctx([])).points;
    const series = [at(0), at(1), at(2), at(3), at(2, ['sitemap-only']), none];
    expect(series).toEqual([0, DEPTH_SHARE[1]! * W, DEPTH_SHARE[2]! * W, DEEP_SHARE * W, SITEMAP_ONLY_SHARE * W, W]);
    for (let i = 1; i < series.length; i++) expect(series[i]!).toBeGreaterThan(series[i - 1]!);
  });

  it('renders the click path with the link texts', () => {
    const out = supportContactDepth.evaluate(ctx([finding({ kind: 'phone', value: '+4930123', display: '030 123', role: 'support', depth: 3 })]));
    expect(out.status).toBe('fail');
    expect(out.explanation).toBe('Support phone 030 123 is 3 clicks deep: Home → About → Company → Corporate contacts.');
    expect(out.evidence[0]).toMatchObject({ url: expect.stringContaining('/p3'), value: '030 123' });
  });

  it('counts a general contact for the role, a little less well', () => {
    const general = salesContactDepth.evaluate(ctx([finding({ kind: 'email', value: 'info@vendor.example', depth: 1 })]));
    expect(general.points).toBeCloseTo((DEPTH_SHARE[1]! + GENERAL_EXTRA_SHARE) * W);
    expect(general.explanation).toMatch(/no sales-specific phone or email/);
    const onStart = salesContactDepth.evaluate(ctx([finding({ kind: 'email', value: 'info@vendor.example', depth: 0 })]));
    expect(onStart.status).toBe('fail');
    expect(onStart.points).toBeCloseTo(GENERAL_EXTRA_SHARE * W);
  });

  it('prefers a role-specific contact to a general one at the same depth', () => {
    const out = salesContactDepth.evaluate(
      ctx([finding({ kind: 'email', value: 'info@vendor.example', depth: 1 }), finding({ kind: 'phone', value: '+15550100', role: 'sales', depth: 1 })]),
    );
    expect(out.points).toBeCloseTo(DEPTH_SHARE[1]! * W);
    expect(out.explanation).toMatch(/^Sales phone/);
  });

  it('ignores the other role, noreply addresses, forms and faxes', () => {
    const out = salesContactDepth.evaluate(
      ctx([
        finding({ kind: 'phone', value: '+15550199', role: 'support' }),
        finding({ kind: 'email', value: 'noreply@vendor.example', role: 'sales', flags: ['noreply'] }),
        finding({ kind: 'email', value: 'do-not-reply@vendor.example', role: 'sales' }),
        finding({ kind: 'form', value: `https://vendor.example/quote`, role: 'sales' }),
        finding({ kind: 'fax', value: '+15550100', role: 'sales' }),
      ]),
    );
    expect(out.status).toBe('fail');
    expect(out.points).toBe(W);
    expect(out.explanation).toMatch(/^No sales or general phone or email was found/);
    expect(out.evidence.map((e) => e.value)).toEqual([
      undefined,
      'noreply@vendor.example',
      'do-not-reply@vendor.example',
      'https://vendor.example/quote',
      '+15550100',
    ]);
  });
});
