// Accuracy of the engine's findings against hand-labelled pages, per corpus and kind.
//   npm run eval                      every corpus: webstruct-dev (../shared/corpora/webstruct-dev:
//                                     phone, fax, address), the fixture sites (fixtures/*/expected.json:
//                                     every kind), the chat pages (test/fixtures/chat, chat-negatives)
//                                     and the form pages (test/fixtures/forms), then one combined table
//   npm run eval -- <dir>             another webstruct-layout corpus in place of webstruct-dev
//   npm run eval -- --fixtures        the project's own labelled material only (no webstruct)
//   npm run eval -- --json            the figures as JSON on stdout
//   npm run eval -- --all             every miss and false hit, not only the first 15 per corpus
//   npm run eval -- --write-docs      also regenerate docs/accuracy.md from this run (see eval/docs.ts)
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accuracyDoc } from './eval/docs.js';
import { evaluate, evaluateSites, type SiteSummary } from './eval/evaluate.js';
import { FIXTURE_KINDS, fixtureSites } from './eval/fixtures.js';
import { chatCases, countryCases, formCases } from './eval/pages.js';
import { missNotes, summaryJson, summaryText, type EvalSummary } from './eval/report.js';
import { evaluateFormasaurus } from './eval/formasaurus.js';
import { formasaurusRows, siteRows, siteSummaryText, tableText, webstructRows, type Row } from './eval/table.js';
import { webstructCases } from './eval/webstruct.js';

/** Default corpora, relative to the project root (not to where the command runs). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpora/webstruct-dev');
const FORMASAURUS = resolve(ROOT, '../shared/corpora/formasaurus-dev');
const FIXTURES = resolve(ROOT, 'fixtures');
const CHAT = resolve(ROOT, 'test/fixtures/chat');
const CHAT_NEGATIVES = resolve(ROOT, 'test/fixtures/chat-negatives');
const FORMS = resolve(ROOT, 'test/fixtures/forms');
const COUNTRIES = resolve(ROOT, 'test/fixtures/countries');
const DOC = resolve(ROOT, 'docs/accuracy.md');

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const ownOnly = argv.includes('--fixtures');
  const shown = argv.includes('--all') ? Infinity : undefined;
  const given = argv.find((a) => !a.startsWith('--'));
  const started = Date.now();
  const out: string[] = [];
  const rows: Row[] = [];
  const corpora: { name: string; what: string }[] = [];
  let webstruct: EvalSummary | undefined;

  if (!ownOnly) {
    const dir = given ? resolve(given) : DEFAULT_CORPUS;
    const name = basename(dir);
    if (!given && !existsSync(dir)) {
      console.error(`${dir} not found: webstruct figures left out`);
    } else {
      const cases = await webstructCases(dir);
      if (!cases.length) throw new Error(`no labelled pages found in ${dir}`);
      webstruct = evaluate(dir, cases);
      out.push(summaryText(webstruct, shown));
      rows.push(...webstructRows(webstruct, name));
      corpora.push({
        name,
        what: `${webstruct.pages} saved pages of ${new Set(cases.map((c) => c.site)).size} real business sites, hand-labelled TEL, FAX and STREET (kept outside the project; not copied in). Scored page by page: phone and fax by the last ten digits, an address when it contains the labelled street.`,
      });
    }
  }

  if (!ownOnly && existsSync(FORMASAURUS)) {
    const f = evaluateFormasaurus(FORMASAURUS);
    out.push(`formasaurus-dev: ${f.forms.tp} contact forms found, ${f.forms.fp} false hits, ${f.forms.fn} missed\n${f.errors.map((e) => `  ${e}`).join('\n')}`);
    rows.push(...formasaurusRows('formasaurus-dev', f.forms, f.pageCounts));
    corpora.push({
      name: 'formasaurus-dev',
      what: `${f.pages} saved real pages with ${f.labelledForms} hand-labelled forms, ${f.contactForms} of them contact forms (kept outside the project; the other half of the corpus measures the project). Forms matched by document order (${f.misaligned} pages where the parser finds another number of forms); \`npm run eval:forms -- --all\` lists every miss and false hit.`,
    });
  }

  const own: { summary: SiteSummary; complete: boolean; what: string }[] = [];
  const sites = await fixtureSites(FIXTURES);
  own.push({
    summary: evaluateSites('fixtures', FIXTURE_KINDS, sites),
    complete: false,
    what: `the ${sites.length} fixture sites under fixtures/ (every page of a site read, findings pooled per site), against their expected.json.`,
  });
  const chat = await chatCases(CHAT, CHAT_NEGATIVES);
  const positives = chat.filter((c) => c.expected.length).length;
  own.push({
    summary: evaluateSites('chat pages', ['chat'], chat),
    complete: true,
    what: `${positives} pages with one vendor's chat snippet each (test/fixtures/chat) and ${chat.length - positives} pages that name vendors without a widget (test/fixtures/chat-negatives).`,
  });
  const forms = await formCases(FORMS);
  const formCount = forms.reduce((n, c) => n + c.expected.length, 0);
  const formNegatives = forms.filter((c) => !c.expected.length).length;
  own.push({
    summary: evaluateSites('form pages', ['form'], forms),
    complete: true,
    what: `${forms.length} pages (test/fixtures/forms, labels.json): ${forms.length - formNegatives} with ${formCount} contact forms of several shapes and languages, ${formNegatives} whose forms are not contact forms (search, sign-in, sign-up, newsletter, checkout, blog comment, review, password reset, gated download, gift card, email-a-friend, job application).`,
  });
  const countries = await countryCases(COUNTRIES);
  own.push({
    summary: evaluateSites('country pages', ['phone', 'address'], countries),
    complete: true,
    what: `${countries.length} contact pages written in ${countries.length} countries' conventions (test/fixtures/countries: several offices, registration numbers, prices and dates as traps), phones and addresses labelled in full. Per country below.`,
  });
  const perCountry = countries.map((c) => ({ country: c.site, summary: evaluateSites(c.site, ['phone', 'address'], [c]) }));
  for (const o of own) {
    out.push(siteSummaryText(o.summary, shown));
    rows.push(...siteRows(o.summary, o.complete));
    corpora.push({ name: o.summary.corpus, what: o.what });
  }

  if (json) {
    const body = {
      rows,
      webstruct: webstruct ? summaryJson(webstruct) : undefined,
      errors: Object.fromEntries(own.map((o) => [o.summary.corpus, o.summary.errors])),
    };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    process.stdout.write(`${out.join('\n\n')}\n\n${tableText(rows)}\n`);
  }

  if (argv.includes('--write-docs')) {
    const previous = existsSync(DOC) ? await readFile(DOC, 'utf8') : undefined;
    const command = ['npm run eval --', ...argv.filter((a) => a !== '--json').map((a) => (a.startsWith('--') ? a : relative(ROOT, resolve(a)) || '.'))].join(
      ' ',
    );
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    if (!webstruct) console.error(`warning: ${relative(ROOT, DOC)} written without webstruct figures`);
    const countryRows = perCountry.map(({ country, summary }) => ({
      country,
      phone: summary.counts.phone ?? { tp: 0, fp: 0, fn: 0 },
      address: summary.counts.address ?? { tp: 0, fp: 0, fn: 0 },
    }));
    await writeFile(
      DOC,
      accuracyDoc({ rows, command, date, corpora, countries: countryRows, unreachable: webstruct ? missNotes(webstruct.errors) : undefined }, previous),
    );
    console.error(`wrote ${relative(ROOT, DOC)}`);
  }
  console.error(`evaluated in ${Date.now() - started} ms`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
