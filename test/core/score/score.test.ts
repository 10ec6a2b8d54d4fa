import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/build-report.js';
import { CheckSchema } from '../../../src/core/report/schema.js';
import { CHECKS } from '../../../src/core/score/checks/index.js';
import { GRADE_BANDS, gradeFor } from '../../../src/core/score/grade.js';
import { CATEGORY_SHARE, OVERALL_CHECKS_WEIGHT, runCheck, scoreAudit } from '../../../src/core/score/index.js';
import { crawl, ctx, finding, link, page, SITE } from './make.js';

describe('check registry (conventions)', () => {
  it('registers every check file once, under its file name', () => {
    const files = readdirSync('src/core/score/checks')
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(CHECKS.map((c) => c.id).sort()).toEqual(files.sort());
  });

  it('has weights adding up to 100 in sales and support, and to OVERALL_CHECKS_WEIGHT site-wide', () => {
    const total = (cat: string) => CHECKS.filter((c) => c.category === cat).reduce((s, c) => s + c.weight, 0);
    expect([total('sales'), total('support'), total('overall')]).toEqual([100, 100, OVERALL_CHECKS_WEIGHT]);
    expect(CATEGORY_SHARE.sales * 100 + CATEGORY_SHARE.support * 100 + OVERALL_CHECKS_WEIGHT).toBe(100);
  });

  it('gives every check a title and a source', () => {
    for (const c of CHECKS) expect(c.title.length && c.source.length, c.id).toBeGreaterThan(0);
  });
});

describe('runCheck', () => {
  it('clamps points to the weight, zeroes them on pass and bounds page text', () => {
    const long = 'x'.repeat(5000);
    const def = {
      id: 't',
      title: 'T',
      category: 'overall' as const,
      weight: 3,
      source: 's',
      evaluate: () => ({ status: 'fail' as const, points: 99, explanation: long, evidence: [{ value: long }] }),
    };
    const out = runCheck(def, ctx());
    expect(out.points).toBe(3);
    expect(() => CheckSchema.parse(out)).not.toThrow();
    const passed = runCheck({ ...def, evaluate: () => ({ status: 'pass' as const, points: 2, explanation: 'ok', evidence: [] }) }, ctx());
    expect(passed.points).toBe(0);
  });

  it('bounds the page text inside the message of an evidence note too, nested values included', () => {
    const long = 'x'.repeat(5000);
    const message = { key: 'checks_note_depth', params: { contact: { key: 'checks_gate_other', params: { value: long } }, clicks: 2, path: long } };
    const def = {
      id: 't',
      title: 'T',
      category: 'overall' as const,
      weight: 3,
      source: 's',
      evaluate: () => ({ status: 'fail' as const, points: 1, explanation: 'x', evidence: [{ note: long, message }] }),
    };
    const out = runCheck(def, ctx());
    expect(() => CheckSchema.parse(out)).not.toThrow();
    const bounded = out.evidence[0]!.message!;
    expect(bounded.params!.clicks).toBe(2);
    expect((bounded.params!.path as string).length).toBe(2000);
    expect(bounded.params!.contact).toEqual({ key: 'checks_gate_other', params: { value: `${'x'.repeat(1999)}…` } });
  });
});

describe('scoreAudit', () => {
  const sum = (checks: { category: string; points: number }[], cat: string) => checks.filter((c) => c.category === cat).reduce((s, c) => s + c.points, 0);

  it('scores 100 for sales and support and F when no contact of any kind is found', () => {
    const { scores, checks } = scoreAudit(crawl([page()]), []);
    expect(scores.sales).toBe(100);
    expect(scores.support).toBe(100);
    expect(scores.grade).toBe('F');
    expect(checks).toHaveLength(CHECKS.length);
  });

  it('scores a site with everything in plain sight 0–5, grade A', () => {
    const findings = [
      finding({ kind: 'phone', value: '+15550100', role: 'sales' }),
      finding({ kind: 'email', value: 'sales@vendor.example', role: 'sales' }),
      finding({ kind: 'phone', value: '+15550199', role: 'support' }),
      finding({ kind: 'email', value: 'help@vendor.example', role: 'support' }),
      finding({ kind: 'address', value: '1 Main St, Springfield' }),
    ];
    const nav = [link('/contact', 'Contact', 'header')];
    const { scores } = scoreAudit(crawl([page({ links: nav }), page({ depth: 1, url: `${SITE}/about`, links: nav })]), findings);
    expect(scores.overall).toBeLessThanOrEqual(5);
    expect(scores.sales).toBeLessThanOrEqual(5);
    expect(scores.support).toBeLessThanOrEqual(5);
    expect(scores.grade).toBe('A');
  });

  it('makes every score exactly the explained points', () => {
    const findings = [
      finding({ kind: 'email', value: 'info@vendor.example', depth: 2 }),
      finding({ kind: 'form', value: `${SITE}/quote`, role: 'sales', depth: 1 }),
    ];
    const { scores, checks } = scoreAudit(crawl([page(), page({ depth: 1 })]), findings);
    expect(scores.sales).toBeCloseTo(sum(checks, 'sales'), 5);
    expect(scores.support).toBeCloseTo(sum(checks, 'support'), 5);
    expect(scores.overall).toBeCloseTo(CATEGORY_SHARE.sales * scores.sales + CATEGORY_SHARE.support * scores.support + sum(checks, 'overall'), 5);
    expect(scores.grade).toBe(gradeFor(scores.overall));
    for (const c of checks) {
      expect(c.points).toBeLessThanOrEqual(c.weight);
      if (c.status !== 'fail') expect(c.points).toBe(0);
    }
  });

  it('grades a site hiding sales entirely F even when all else is perfect', () => {
    const findings = [
      finding({ kind: 'phone', value: '+15550199', role: 'support' }),
      finding({ kind: 'email', value: 'help@vendor.example', role: 'support' }),
      finding({ kind: 'address', value: '1 Main St' }),
    ];
    const { scores } = scoreAudit(crawl([page({ links: [link('/contact', 'Contact', 'header')] })]), findings);
    expect(scores).toMatchObject({ sales: 100, support: 0, grade: 'F' });
  });
});

describe('buildReport with the real scoring', () => {
  it('produces a report the schema accepts, long link texts included (page-links clips them at 200)', () => {
    const pages = [
      page({ links: [link('/contact', 'Contact', 'header')], findings: [{ kind: 'email', value: 'info@vendor.example', role: 'general', flags: [] }] }),
      page({ depth: 1, pathText: ['x'.repeat(199)], findings: [{ kind: 'phone', value: '+15550100', role: 'support', flags: ['premium-rate'] }] }),
    ];
    const report = buildReport(crawl(pages), { startedAt: '2026-11-25T13:00:00.000Z', finishedAt: '2026-11-25T13:00:01.000Z' });
    expect(report.checks.map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
    expect(report.checks.find((c) => c.id === 'premium-rate-support')?.status).toBe('fail');
    expect(report.scores!.support).toBeGreaterThan(0);
  });
});

describe('grade', () => {
  it('maps the band bounds', () => {
    expect(GRADE_BANDS.map((b) => gradeFor(b.below - 0.1))).toEqual(['A', 'B', 'C', 'D']);
    expect([gradeFor(0), gradeFor(10), gradeFor(39.9), gradeFor(40), gradeFor(100)]).toEqual(['A', 'B', 'D', 'F', 'F']);
  });
});
