// Accuracy of the phone, fax and address findings against hand-labelled pages.
//   npm run eval                      webstruct-dev (../shared/corpora/webstruct-dev)
//   npm run eval -- <dir>             another corpus in the same layout
//   npm run eval -- --json            the figures as JSON on stdout
//   npm run eval -- --all             every miss and false hit, not only the first 15
//   npm run eval -- --fixtures        the project's own fixtures/<site>/expected.json (see eval/fixtures.ts)
import { resolve } from 'node:path';
import { analyzePage } from '../src/core/analyze-page.js';
import { fixtureCases } from './eval/fixtures.js';
import { addCounts, scorePage } from './eval/match.js';
import { summaryJson, summaryText, type EvalSummary } from './eval/report.js';
import { EVAL_KINDS, type EvalCase } from './eval/types.js';
import { webstructCases } from './eval/webstruct.js';

const DEFAULT_CORPUS = '../shared/corpora/webstruct-dev';

export function evaluate(corpus: string, cases: EvalCase[]): EvalSummary {
  const summary: EvalSummary = {
    corpus,
    pages: cases.length,
    counts: { phone: { tp: 0, fp: 0, fn: 0 }, fax: { tp: 0, fp: 0, fn: 0 }, address: { tp: 0, fp: 0, fn: 0 } },
    extractorErrors: 0,
    errors: [],
  };
  for (const c of cases) {
    const analysis = analyzePage(c.url, c.html);
    summary.extractorErrors += analysis.extractorErrors.length;
    for (const e of analysis.extractorErrors) console.error(`${c.id}: ${e}`);
    const score = scorePage(c.id, c.labels, analysis.findings);
    for (const k of EVAL_KINDS) summary.counts[k] = addCounts(summary.counts[k], score.counts[k]);
    summary.errors.push(...score.errors);
  }
  return summary;
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const fixtures = argv.includes('--fixtures');
  const dir = resolve(argv.find((a) => !a.startsWith('--')) ?? (fixtures ? 'fixtures' : DEFAULT_CORPUS));
  const cases = fixtures ? await fixtureCases(dir) : await webstructCases(dir);
  if (!cases.length) throw new Error(`no labelled pages found in ${dir}`);
  const started = Date.now();
  const summary = evaluate(dir, cases);
  if (json) process.stdout.write(`${JSON.stringify(summaryJson(summary), null, 2)}\n`);
  else process.stdout.write(`${summaryText(summary, argv.includes('--all') ? Infinity : undefined)}\n`);
  console.error(`evaluated ${cases.length} pages in ${Date.now() - started} ms`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
