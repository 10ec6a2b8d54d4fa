// Contact-form accuracy on a Formasaurus-layout corpus (issue #15), per form and per page.
//   npm run eval:forms                    ../shared/corpora/formasaurus-dev
//   npm run eval:forms -- <dir> [--all]   another corpus of the same layout; --all lists every miss and false hit
// `npm run eval` includes the same figures in its table and in docs/accuracy.md.
import { resolve } from 'node:path';
import { evaluateFormasaurus } from './eval/formasaurus.js';
import { kindFigures } from './eval/site-score.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpora/formasaurus-dev');
const r = evaluateFormasaurus(dir);
const fixed = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(3));
const forms = kindFigures(r.forms);
console.log(
  `${dir}: ${r.pages} pages, ${r.labelledForms} labelled forms, ${r.contactForms} contact forms (${r.misaligned} pages with another number of forms than labels)`,
);
console.log(
  `forms: ${r.forms.tp} found, ${r.forms.fp} false hits, ${r.forms.fn} missed; precision ${fixed(forms.precision)}, recall ${fixed(forms.recall)}, F1 ${fixed(forms.f1)}`,
);
console.log(`pages: F1 ${fixed(kindFigures(r.pageCounts).f1)} (${r.pageCounts.tp} found, ${r.pageCounts.fp} false, ${r.pageCounts.fn} missed)`);
for (const line of args.includes('--all') ? r.errors : r.errors.slice(0, 15)) console.log(`  ${line}`);
