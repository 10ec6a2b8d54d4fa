import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval/evaluate.js';
import type { EvalCase } from '../../scripts/eval/types.js';

const page = (path: string, body: string, lang = '') => ({
  url: `http://acme.example${path}`,
  html: `<html${lang ? ` lang="${lang}"` : ''}><body>${body}</body></html>`,
});

describe('evaluate', () => {
  it('pools a site\'s pages and reads a silent page with the start page\'s country', () => {
    const c: EvalCase = {
      id: 'acme',
      site: 'acme',
      pages: [page('/', '<p>Leeds LS1 4AB</p>'), page('/contact', '<p>Sales 020 7946 0018</p><p>Fax 020 7946 0019</p>')],
      labels: { tel: [{ text: '020 7946 0018' }], fax: [{ text: '020 7946 0019' }], street: [] },
    };
    const s = evaluate('test', [c]);
    expect(s.counts.phone).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.fax).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s).toMatchObject({ cases: 1, pages: 2, extractorErrors: 0 });
  });

  it('does not count unlabelled findings of a partially labelled kind as false hits', () => {
    const base = { site: 'b', pages: [page('/', '<p>Tel (212) 555-0123 · Tel (212) 555-0199</p>', 'en-US')] };
    const labels = { tel: [{ text: '(212) 555-0123' }], fax: [], street: [] };
    expect(evaluate('t', [{ ...base, id: 'strict', labels }]).counts.phone).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(evaluate('t', [{ ...base, id: 'partial', labels, partialKinds: ['phone'] }]).counts.phone).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});
