import { describe, expect, it } from 'vitest';
import { accuracyDoc, HAND_BEGIN, HAND_END, handWritten } from '../../scripts/eval/docs.js';
import { siteRows, tableMarkdown, tableText, webstructRows, type Row } from '../../scripts/eval/table.js';
import type { SiteSummary } from '../../scripts/eval/evaluate.js';
import type { EvalSummary } from '../../scripts/eval/report.js';

const rows: Row[] = [
  { corpus: 'webstruct-dev', kind: 'phone', tp: 8, fp: 2, fn: 2, recall: 0.8, precision: 0.8, f1: 0.8 },
  { corpus: 'chat pages', kind: 'chat', tp: 0, fp: 0, fn: 0, unlabelled: 3 },
];

describe('tables', () => {
  it('prints "–" where labels are complete and "—" where there is nothing to divide', () => {
    const text = tableText(rows).split('\n');
    expect(text[0]).toMatch(/^corpus\s+kind\s+TP\s+FP\s+FN\s+unlabelled\s+recall\s+precision\s+F1$/);
    expect(text[1]).toMatch(/^webstruct-dev\s+phone\s+8\s+2\s+2\s+–\s+0\.800\s+0\.800\s+0\.800$/);
    expect(text[2]).toMatch(/^chat pages\s+chat\s+0\s+0\s+0\s+3\s+—\s+—\s+—$/);
    expect(tableMarkdown(rows).split('\n')).toEqual([
      '| corpus | kind | TP | FP | FN | unlabelled | recall | precision | F1 |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
      '| webstruct-dev | phone | 8 | 2 | 2 | – | 0.800 | 0.800 | 0.800 |',
      '| chat pages | chat | 0 | 0 | 0 | 3 | — | — | — |',
    ]);
  });

  it('gives webstruct a strict row and a visible-labels row per kind', () => {
    const s: EvalSummary = {
      corpus: '/x/webstruct-dev',
      cases: 1,
      pages: 1,
      extractorErrors: 0,
      counts: { phone: { tp: 6, fp: 0, fn: 4 }, fax: { tp: 1, fp: 0, fn: 0 }, address: { tp: 0, fp: 0, fn: 0 } },
      errors: [
        { kind: 'phone', type: 'miss', page: 'p', value: 'Ex: 2229', note: 'too few digits for a number' },
        { kind: 'phone', type: 'miss', page: 'p', value: '(212) 555-0199', note: 'hidden on the page' },
        { kind: 'phone', type: 'miss', page: 'p', value: '974 44321784' },
      ],
    };
    const r = webstructRows(s);
    expect(r.map((x) => `${x.corpus}/${x.kind}/${x.fn}/${x.recall}`)).toEqual([
      'webstruct-dev/phone/4/0.6',
      'webstruct-dev/fax/0/1',
      'webstruct-dev/address/0/undefined',
      'webstruct-dev (visible labels)/phone/2/0.75',
      'webstruct-dev (visible labels)/fax/0/1',
      'webstruct-dev (visible labels)/address/0/undefined',
    ]);
    expect(r.every((x) => x.unlabelled === undefined)).toBe(true);
  });

  it('keeps the unlabelled count of partly labelled corpora', () => {
    const s: SiteSummary = {
      corpus: 'fixtures',
      cases: 1,
      pages: 2,
      kinds: ['email', 'gate'],
      extractorErrors: 0,
      errors: [],
      counts: { email: { tp: 2, fp: 1, fn: 0, unlabelled: 0 }, gate: { tp: 1, fp: 0, fn: 0, unlabelled: 2 } },
    };
    expect(siteRows(s).map((x) => [x.kind, x.unlabelled, x.precision])).toEqual([
      ['email', 0, 0.667],
      ['gate', 2, 1],
    ]);
    expect(siteRows(s, true).map((x) => x.unlabelled)).toEqual([undefined, undefined]);
  });
});

describe('accuracyDoc', () => {
  const input = { rows, command: 'npm run eval -- --write-docs', date: '2026-11-25T15:00:00Z', corpora: [{ name: 'chat pages', what: '48 pages.' }] };

  it('writes the table, the command and the date, and a placeholder hand-written section', () => {
    const doc = accuracyDoc(input);
    expect(doc).toContain('Figures from `npm run eval -- --write-docs`, run 2026-11-25T15:00:00Z.');
    expect(doc).toContain('| webstruct-dev | phone | 8 | 2 | 2 | – | 0.800 | 0.800 | 0.800 |');
    expect(doc).toContain('- **chat pages**: 48 pages.');
    expect(handWritten(doc)).toMatch(/^## Known weak spots/);
  });

  it('names the labels left out of the visible-labels rows', () => {
    const doc = accuracyDoc({ ...input, unreachable: ['phone hidden on the page: 45', 'phone too few digits for a number: 15'] });
    expect(doc).toContain('(misses no reader of visible text can avoid): phone hidden on the page: 45; phone too few digits for a number: 15.');
  });

  it('carries the hand-written section over a regeneration, word for word', () => {
    const mine = '## Known weak spots\n\n- phones like "974 44321784"\n\n<!-- a note -->';
    const first = accuracyDoc(input).replace(/(<!-- hand-written:begin[^\n]*-->)[\s\S]*(<!-- hand-written:end -->)/, `$1\n\n${mine}\n\n$2`);
    const again = accuracyDoc({ ...input, date: '2026-12-01T00:00:00Z' }, first);
    expect(handWritten(again)).toBe(mine);
    expect(again).toContain('run 2026-12-01T00:00:00Z');
    expect(again.indexOf(HAND_BEGIN)).toBeLessThan(again.indexOf(HAND_END));
  });

  it('finds no hand-written section without both markers', () => {
    expect(handWritten(undefined)).toBeUndefined();
    expect(handWritten(`${HAND_BEGIN}\nx`)).toBeUndefined();
  });
});
