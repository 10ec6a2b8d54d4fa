// The terminal summary (--format text): what a person reads, in their language, never a
// terminal command planted by the audited site.
import { describe, expect, it } from 'vitest';
import { formatReports } from '../../src/core/report/formats/index.js';
import { formatText } from '../../src/core/report/formats/text.js';
import { ReportSchema } from '../../src/core/report/schema.js';
import { sampleReport } from '../core/report/sample.js';

describe('formatText', () => {
  it('per site: pages, scores and grade, the best way for sales and support, the reasons by points', () => {
    expect(formatText([sampleReport()], 'en')).toBe(
      [
        'https://vendor.example · 7 pages read',
        '  Hidden 12.4/100, grade B · sales 0 · support 21',
        '  Sales:   Call +1 555 0100 — on the start page',
        '  Support: Email help@vendor.example — 2 clicks',
        '  Why:',
        '    1. Clicks to a support phone or email (+15): Support email help@vendor.example is 2 clicks deep: Home → Support → Contact support.',
        '',
        'Scores: 0 = in plain sight, 100 = not findable.',
        'Every finding and check: --format md, html or json (-o FILE to save it).',
        '',
      ].join('\n'),
    );
  });

  it('shows at most three reasons, the costliest first', () => {
    const base = sampleReport();
    const fail = base.checks[1]!;
    const checks = [5, 20, 1, 12].map((points, i) => ({ ...fail, id: `x-${i}`, title: `T${points}`, points }));
    const text = formatText([{ ...base, checks }], 'en');
    expect(text.match(/^ {4}\d\. T\d+/gm)).toEqual(['    1. T20', '    2. T12', '    3. T5']);
  });

  it('a failed audit: the reason, no scores; a partial one says so', () => {
    const failed = ReportSchema.parse({
      ...sampleReport(),
      outcome: { status: 'failed', reason: 'the server answered 503', failure: 'http', httpStatus: 503 },
      partial: true,
      scores: undefined,
      checks: [],
      findings: [],
    });
    const text = formatText([failed], 'en');
    expect(text).toContain('  Could not audit: the server answered 503\n');
    expect(text).not.toMatch(/Hidden|grade/);
    const partial = formatText([{ ...sampleReport(), outcome: { status: 'partial', reason: 'the time budget ran out' }, partial: true }], 'en');
    expect(partial).toContain('  Partial: the time budget ran out\n');
  });

  it('in German, and with no way found said in words', () => {
    const text = formatText([{ ...sampleReport(), findings: [] }], 'de');
    expect(text).toContain('  Versteckt 12,4/100, Note B · Vertrieb 0 · Support 21\n');
    expect(text).toContain('  Vertrieb: kein Weg zu einem Menschen gefunden\n');
  });

  it('colours the grade and headings only when asked', () => {
    expect(formatText([sampleReport()], 'en', true)).toContain('\x1b[32m\x1b[1mB\x1b[0m\x1b[0m');
    expect(formatText([sampleReport()], 'en', false)).not.toContain('\x1b');
  });

  it('never passes the site’s control characters to the terminal', () => {
    const evil = '\x1b]0;pwned\x07\x1b[2J\u202Eevil';
    const base = sampleReport();
    const report = {
      ...base,
      site: `https://vendor.example/${evil}`,
      findings: base.findings.map((f) => ({ ...f, display: `${f.display ?? f.value}${evil}` })),
      checks: base.checks.map((c) => ({ ...c, explanation: `${c.explanation}${evil}` })),
      outcome: { status: 'partial' as const, reason: evil },
      partial: true,
    };
    const text = formatText([report], 'en');
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    expect(text).toContain('[U+001B]]0;pwned[U+0007][U+001B][2J[U+202E]evil');
  });

  it('is the format "text" of formatReports', () => {
    expect(formatReports([sampleReport()], 'text', 'fr')).toBe(formatText([sampleReport()], 'fr'));
  });
});
