import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../src/core/outcome/failure.js';
import { outcomeOf } from '../../../src/core/outcome/outcome.js';
import { upgradeReport } from '../../../src/core/report/upgrade.js';
import { ReportSchema } from '../../../src/core/report/schema.js';
import { sampleReport } from '../report/sample.js';

const U = 'https://acme.example/';

describe('failureOf: how the start page failed, in plain words', () => {
  it('names HTTP errors by their status', () => {
    expect(failureOf({ url: U, kind: 'http', status: 503, message: 'HTTP 503' })).toEqual({
      kind: 'http',
      status: 503,
      reason: 'the server answered 503',
      message: { key: 'reason_http_status', params: { status: '503' } },
    });
    expect(failureOf({ url: U, kind: 'http', status: 404, message: 'HTTP 404' }).reason).toBe('the server answered 404');
  });
  it('tells DNS, a refused connection and TLS apart by the error code', () => {
    expect(failureOf({ url: U, kind: 'network', message: 'ENOTFOUND: getaddrinfo ENOTFOUND acme.example' }).kind).toBe('dns');
    expect(failureOf({ url: U, kind: 'network', message: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9' }).kind).toBe('refused');
    expect(failureOf({ url: U, kind: 'network', message: 'CERT_HAS_EXPIRED: certificate has expired' }).kind).toBe('tls');
    expect(failureOf({ url: U, kind: 'network', message: 'Failed to fetch' })).toEqual({
      kind: 'network',
      reason: 'the site could not be reached',
      message: { key: 'reason_network' },
    });
  });
  it('names timeouts, pages that are not HTML, soft 404s, challenges and off-site redirects', () => {
    expect(failureOf({ url: U, kind: 'timeout', message: 'timeout' }).kind).toBe('timeout');
    expect(failureOf({ url: U, kind: 'not-html', status: 200, message: 'not HTML (application/pdf)' }).reason).toBe(
      'the start page is not a web page (application/pdf)',
    );
    expect(failureOf({ url: U, kind: 'soft-404', status: 200, message: 'soft 404' }).reason).toBe('the start page says it was not found');
    const blocked = failureOf({ url: U, kind: 'blocked', status: 403, message: 'bot protection (Cloudflare) answered with a challenge instead of the page' });
    expect(blocked).toMatchObject({ kind: 'challenge', status: 403, reason: 'bot protection (Cloudflare) answered with a challenge instead of the page' });
    const away = failureOf({ url: U, kind: 'redirect-off-site', status: 302, message: 'redirects to https://other.example/ (another site: not followed)' });
    expect(away.reason).toBe('the start page redirects to https://other.example/, another site');
  });
});

describe('outcomeOf', () => {
  it('is failed when the start page failed or nothing was read, partial when cut short, else complete', () => {
    expect(outcomeOf({ failure: { kind: 'http', status: 503, reason: 'the server answered 503' }, pages: [] }, 'start page unreachable: HTTP 503')).toEqual({
      status: 'failed',
      failure: 'http',
      httpStatus: 503,
      reason: 'the server answered 503',
    });
    expect(outcomeOf({ pages: [] }, 'The tab was closed')).toMatchObject({ status: 'failed', reason: 'The tab was closed' });
    expect(outcomeOf({ pages: [{}] }, 'time budget used up')).toEqual({ status: 'partial', reason: 'time budget used up' });
    expect(outcomeOf({ pages: [{}] }, undefined)).toEqual({ status: 'complete' });
  });
});

describe('upgradeReport: 1.x reports read as 2.0', () => {
  const v1 = () => {
    const { outcome: _o, ...rest } = sampleReport();
    return { ...rest, schemaVersion: '1.2.0' };
  };
  it('derives the outcome from partial', () => {
    expect(ReportSchema.parse(upgradeReport(v1())).outcome).toEqual({ status: 'complete' });
    const partial = upgradeReport({ ...v1(), partial: true, partialReason: 'cancelled' });
    expect(ReportSchema.parse(partial).outcome).toEqual({ status: 'partial', reason: 'cancelled' });
  });
  it('drops the scores of a 1.x audit whose start page never answered: a dead server gets no F', () => {
    const dead = { ...v1(), partial: true, partialReason: 'start page unreachable: HTTP 503', crawl: { ...v1().crawl, pagesFetched: 0 } };
    const upgraded = ReportSchema.parse(upgradeReport(dead));
    expect(upgraded.outcome.status).toBe('failed');
    expect(upgraded.scores).toBeUndefined();
    expect(upgraded.checks).toEqual([]);
  });
  it('leaves 2.x reports and anything else alone', () => {
    const current = sampleReport();
    expect(upgradeReport(current)).toBe(current);
    expect(upgradeReport('x')).toBe('x');
  });
});

describe('the report schema', () => {
  it('has scores exactly when the audit did not fail', () => {
    const { scores: _s, ...unscored } = sampleReport();
    expect(ReportSchema.safeParse(unscored).success).toBe(false);
    expect(ReportSchema.safeParse({ ...sampleReport(), outcome: { status: 'failed', reason: 'x' } }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...unscored, outcome: { status: 'failed', reason: 'x' } }).success).toBe(true);
  });
});
