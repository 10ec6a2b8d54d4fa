// Accuracy of the phone, fax and address findings against hand-labelled pages.
//   npm run eval                      webstruct-dev (../shared/corpora/webstruct-dev)
//   npm run eval -- <dir>             another corpus in the same layout
//   npm run eval -- --json            the figures as JSON on stdout
//   npm run eval -- --all             every miss and false hit, not only the first 15
//   npm run eval -- --fixtures        the project's own fixtures/<site>/expected.json (see eval/fixtures.ts)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from './eval/evaluate.js';
import { fixtureCases } from './eval/fixtures.js';
import { summaryJson, summaryText } from './eval/report.js';
import { webstructCases } from './eval/webstruct.js';

/** Default corpora, relative to the project root (not to where the command runs). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpora/webstruct-dev');
const FIXTURES = resolve(ROOT, 'fixtures');

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const fixtures = argv.includes('--fixtures');
  const given = argv.find((a) => !a.startsWith('--'));
  const dir = given ? resolve(given) : fixtures ? FIXTURES : DEFAULT_CORPUS;
  const cases = fixtures ? await fixtureCases(dir) : await webstructCases(dir);
  if (!cases.length) throw new Error(`no labelled pages found in ${dir}`);
  const started = Date.now();
  const summary = evaluate(dir, cases);
  if (json) process.stdout.write(`${JSON.stringify(summaryJson(summary), null, 2)}\n`);
  else process.stdout.write(`${summaryText(summary, argv.includes('--all') ? Infinity : undefined)}\n`);
  console.error(`evaluated ${summary.pages} pages in ${Date.now() - started} ms`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
