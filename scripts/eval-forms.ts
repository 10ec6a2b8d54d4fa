// Contact-form accuracy on a Formasaurus-layout corpus (issue #15), per form and per page.
//   npm run eval:forms                    ../shared/corpora/formasaurus-dev
//   npm run eval:forms -- <dir> [--all]   another corpus of the same layout; --all lists every miss and false hit
// `npm run eval` includes the same figures in its table and in docs/accuracy.md.
import { resolve } from 'node:path';
import { evaluateFormasaurus } from './eval/formasaurus.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpora/formasaurus-dev');
const r = evaluateFormasaurus(dir);
const f1 = (c: { tp: number; fp: number; fn: number }) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
const precision = r.forms.tp / Math.max(1, r.forms.tp + r.forms.fp);
const recall = r.forms.tp / Math.max(1, r.forms.tp + r.forms.fn);
console.log(
  `${dir}: ${r.pages} pages, ${r.labelledForms} labelled forms, ${r.contactForms} contact forms (${r.misaligned} pages with another number of forms than labels)`,
);
console.log(
  `forms: ${r.forms.tp} found, ${r.forms.fp} false hits, ${r.forms.fn} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1(r.forms).toFixed(3)}`,
);
console.log(`pages: F1 ${f1(r.pageCounts).toFixed(3)} (${r.pageCounts.tp} found, ${r.pageCounts.fp} false, ${r.pageCounts.fn} missed)`);
for (const line of args.includes('--all') ? r.errors : r.errors.slice(0, 15)) console.log(`  ${line}`);
