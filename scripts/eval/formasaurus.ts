// Contact-form accuracy on a Formasaurus-layout corpus (../shared/corpora/formasaurus-dev: 499 real
// pages, 1,406 forms with their type labelled), per form and per page. A form is a contact form when
// its contact_split is "contact"; every other labelled form is not one; unknown labels (X, -) count
// neither way. A page is a contact page when one of its forms is. Forms are matched by document
// order; pages where the parser finds another number of forms than lxml did are counted apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formDecisions } from '../../src/core/extract/form/contact-form.js';
import { parsePage } from '../../src/core/page/parsed-page.js';
import type { Counts } from './types.js';

interface Entry {
  url: string;
  forms: string[];
  contact_split?: (string | null)[] | null;
}

export interface FormasaurusResult {
  pages: number;
  labelledForms: number;
  contactForms: number;
  /** Pages whose parser found another number of forms than the labels. */
  misaligned: number;
  forms: Counts;
  pageCounts: Counts;
  /** "miss html/x.html form 2", "false hit html/y.html form 0 (r)". */
  errors: string[];
}

export function evaluateFormasaurus(dir: string): FormasaurusResult {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Entry>;
  const out: FormasaurusResult = {
    pages: 0,
    labelledForms: 0,
    contactForms: 0,
    misaligned: 0,
    forms: { tp: 0, fp: 0, fn: 0 },
    pageCounts: { tp: 0, fp: 0, fn: 0 },
    errors: [],
  };
  for (const [file, entry] of Object.entries(index)) {
    const decisions = formDecisions(parsePage(entry.url, readFileSync(join(dir, file), 'utf8')));
    out.pages++;
    if (decisions.length !== entry.forms.length) out.misaligned++;
    let pageTruth = false;
    let pageFound = false;
    entry.forms.forEach((label, i) => {
      if (label === 'X' || label === '-') return;
      out.labelledForms++;
      const truth = entry.contact_split?.[i] === 'contact';
      const found = !!decisions[i]?.finding;
      if (truth) out.contactForms++;
      pageTruth ||= truth;
      pageFound ||= found;
      if (truth && found) out.forms.tp++;
      else if (found) {
        out.forms.fp++;
        out.errors.push(`false hit  ${file} form ${i} (${label}${entry.contact_split?.[i] ? `/${entry.contact_split[i]}` : ''})`);
      } else if (truth) {
        out.forms.fn++;
        out.errors.push(`miss       ${file} form ${i}`);
      }
    });
    if (pageTruth && pageFound) out.pageCounts.tp++;
    else if (pageFound) out.pageCounts.fp++;
    else if (pageTruth) out.pageCounts.fn++;
  }
  return out;
}
