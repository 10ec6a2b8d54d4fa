// Contact-form accuracy on a Formasaurus-layout corpus (issue #15): per form and per page.
//   npm run eval:forms                    ../shared/corpora/formasaurus-dev
//   npm run eval:forms -- <dir> [--all]   another corpus of the same layout; --all lists every miss and false hit
// A form is a contact form when its label's contact_split is "contact"; every other labelled form is
// not one; unknown labels (X, -) count neither way. Pages whose parser finds another number of forms
// than the labels are counted apart (an HTML5 parser closes and nests forms differently from lxml).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formDecisions } from '../src/core/extract/form/contact-form.js';
import { parsePage } from '../src/core/page/parsed-page.js';

interface Entry {
  url: string;
  forms: string[];
  contact_split?: (string | null)[] | null;
}

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpora/formasaurus-dev');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Entry>;
const count = { tp: 0, fp: 0, fn: 0, tn: 0, pageTp: 0, pageFp: 0, pageFn: 0, misaligned: 0, pages: 0 };
const wrong: string[] = [];
for (const [file, entry] of Object.entries(index)) {
  const html = readFileSync(join(dir, file), 'utf8');
  const decisions = formDecisions(parsePage(entry.url, html));
  count.pages++;
  if (decisions.length !== entry.forms.length) count.misaligned++;
  let pageTruth = false;
  let pageFound = false;
  entry.forms.forEach((label, i) => {
    if (label === 'X' || label === '-') return;
    const truth = entry.contact_split?.[i] === 'contact';
    const found = !!decisions[i]?.finding;
    pageTruth ||= truth;
    pageFound ||= found;
    if (truth && found) count.tp++;
    else if (!truth && found) {
      count.fp++;
      wrong.push(`false hit  ${file} form ${i} (${label}${entry.contact_split?.[i] ? `/${entry.contact_split[i]}` : ''})`);
    } else if (truth && !found) {
      count.fn++;
      wrong.push(`miss       ${file} form ${i}`);
    } else count.tn++;
  });
  if (pageTruth && pageFound) count.pageTp++;
  else if (!pageTruth && pageFound) count.pageFp++;
  else if (pageTruth && !pageFound) count.pageFn++;
}
const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const p = count.tp / Math.max(1, count.tp + count.fp);
const r = count.tp / Math.max(1, count.tp + count.fn);
console.log(`${dir}: ${count.pages} pages (${count.misaligned} with another number of forms than labels)`);
console.log(
  `forms: ${count.tp} found, ${count.fp} false hits, ${count.fn} missed; precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${f1(count.tp, count.fp, count.fn).toFixed(3)}`,
);
console.log(`pages: F1 ${f1(count.pageTp, count.pageFp, count.pageFn).toFixed(3)} (${count.pageTp} found, ${count.pageFp} false, ${count.pageFn} missed)`);
for (const line of args.includes('--all') ? wrong : wrong.slice(0, 15)) console.log(`  ${line}`);
