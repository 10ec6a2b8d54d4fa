import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSites, siteFindings } from '../../scripts/eval/evaluate.js';
import type { EvalCase } from '../../scripts/eval/types.js';

const page = (path: string, body: string, lang = '') => ({
  url: `http://acme.example${path}`,
  html: `<html${lang ? ` lang="${lang}"` : ''}><body>${body}</body></html>`,
});

describe('evaluate', () => {
  it("pools a site's pages and reads a silent page with the start page's country", () => {
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

describe('evaluateSites', () => {
  const pages = [
    page('/', '<p>Write to <a href="mailto:sales@acme.example">sales@acme.example</a></p>', 'en-US'),
    page(
      '/contact',
      '<form action="/contact/send"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form><p>jobs@acme.example</p>',
      'en-US',
    ),
  ];
  const site = {
    id: 'acme',
    site: 'acme',
    pages,
    expected: [
      { kind: 'email' as const, value: 'sales@acme.example' },
      { kind: 'form' as const, value: '/contact/send' },
    ],
    strict: ['email' as const],
    kinds: ['email', 'form'] as const,
  };

  it('keeps the page each finding was on', () => {
    const found = siteFindings(site);
    expect(found.find((f) => f.kind === 'form')).toMatchObject({ value: 'http://acme.example/contact/send', url: 'http://acme.example/contact' });
  });

  it("pools a site's pages and adds up the counts per kind", () => {
    const s = evaluateSites('own', ['email', 'form'], [site, { ...site, id: 'acme-2', strict: [] }]);
    expect(s).toMatchObject({ corpus: 'own', cases: 2, pages: 4, extractorErrors: 0 });
    expect(s.counts.email).toEqual({ tp: 2, fp: 1, fn: 0, unlabelled: 1 });
    expect(s.counts.form).toEqual({ tp: 2, fp: 0, fn: 0, unlabelled: 0 });
    expect(s.errors.map((e) => `${e.page} ${e.type} ${e.value}`)).toEqual(['acme false-hit jobs@acme.example', 'acme-2 unlabelled jobs@acme.example']);
  });
});
