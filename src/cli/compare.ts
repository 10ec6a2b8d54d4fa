// `contact-audit compare a.json b.json …`: 2–10 reports (a file may hold one report or an array,
// the CLI's own output; `-` reads stdin) as one compare page. Every mistake is one line in the
// user's language and exit 2; nothing is written before every input has been read and checked.
import { readFile, writeFile } from 'node:fs/promises';
import { compareReports, CompareError, type CompareMode, type Comparison } from '../core/compare/index.js';
import { comparisonJson } from '../core/compare/json.js';
import { translator, type Translate } from '../core/i18n/catalogue.js';
import { UI_LANGUAGES, type UiLanguage } from '../core/i18n/languages.js';
import { formatCompareHtml } from '../core/report/formats/compare-html.js';
import { formatCompareMarkdown } from '../core/report/formats/compare-md.js';
import { ReportSchema, type Report } from '../core/report/schema.js';
import { upgradeReport } from '../core/report/upgrade.js';
import { EXIT } from './exit-codes.js';
import { cliLanguage, type Env } from './lang.js';

const FORMATS = ['html', 'md', 'json'] as const;
const MODES = ['auto', 'change', 'vendors'] as const;
type Format = (typeof FORMATS)[number];

export interface CompareIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Env;
}

const processIo: CompareIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
};

/** A mistake in the input: its one line is already in the user's language. */
class InputError extends Error {}

interface Options {
  files: string[];
  format: Format;
  mode: CompareMode;
  output?: string;
  lang: UiLanguage;
  help: boolean;
}

function oneOf<T extends string>(t: Translate, option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new InputError(t('compare_cli_try_help', { message: t('compare_cli_missing_value', { option }) }));
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(t('compare_cli_try_help', { message: t('compare_cli_bad_value', { option, allowed: allowed.join(', '), value }) }));
  }
  return value as T;
}

function parseOptions(argv: readonly string[], t: Translate, lang: UiLanguage): Options {
  const o: Options = { files: [], format: 'html', mode: 'auto', lang, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    if (arg === '--') o.files.push(...argv.slice(i + 1));
    if (arg === '--') break;
    if (name === '-h' || name === '--help') o.help = true;
    else if (name === '--format') o.format = oneOf(t, name, value(), FORMATS);
    else if (name === '--mode') o.mode = oneOf(t, name, value(), MODES);
    else if (name === '--lang') o.lang = oneOf(t, name, value()?.toLowerCase(), UI_LANGUAGES);
    else if (name === '-o' || name === '--output') {
      const file = value();
      if (!file) throw new InputError(t('compare_cli_try_help', { message: t('compare_cli_missing_value', { option: name }) }));
      o.output = file;
    } else if (arg.startsWith('-') && arg !== '-')
      throw new InputError(t('compare_cli_try_help', { message: t('compare_cli_unknown_option', { option: name }) }));
    else o.files.push(arg);
  }
  return o;
}

function reasonOf(t: Translate, err: unknown, writing = false): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t(writing ? 'compare_cli_reason_no_folder' : 'compare_cli_reason_missing');
  if (code === 'EISDIR') return t('compare_cli_reason_directory');
  if (code === 'EACCES' || code === 'EPERM') return t('compare_cli_reason_denied');
  return err instanceof Error ? err.message : String(err);
}

/** The reports in one file: a report, or an array of them (the CLI's --format json output). */
async function reportsOf(file: string, t: Translate, io: CompareIo): Promise<Report[]> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(t('compare_cli_unreadable', { file, reason: reasonOf(t, err) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(t('compare_cli_not_json', { file }));
  }
  const items = Array.isArray(json) ? json : [json];
  return items.map((item, index) => {
    const parsed = ReportSchema.safeParse(upgradeReport(item));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const path = [...(Array.isArray(json) ? [index] : []), ...issue.path].map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '.';
    throw new InputError(t('compare_cli_not_report', { file, path: path.replace(/^\./, ''), reason: issue.message }));
  });
}

function render(comparison: Comparison, format: Format, lang: UiLanguage): string {
  if (format === 'json') return `${JSON.stringify(comparisonJson(comparison), null, 2)}\n`;
  return format === 'md' ? formatCompareMarkdown(comparison, lang) : formatCompareHtml(comparison, lang);
}

/** `argv`: the arguments after `compare`. Returns the exit code. */
export async function runCompareCli(argv: string[], io: CompareIo = processIo): Promise<number> {
  let t = translator(cliLanguage(argv, io.env));
  try {
    const o = parseOptions(argv, t, cliLanguage(argv, io.env));
    t = translator(o.lang);
    if (o.help) return (io.stdout(`${t('compare_cli_usage')}\n`), EXIT.ok);
    const reports: Report[] = [];
    for (const file of o.files) reports.push(...(await reportsOf(file, t, io)));
    const comparison = compareReports(reports, o.mode);
    const text = render(comparison, o.format, o.lang);
    if (!o.output || o.output === '-') return (io.stdout(text), EXIT.ok);
    try {
      await writeFile(o.output, text);
    } catch (err) {
      throw new InputError(t('compare_cli_write_failed', { file: o.output, reason: reasonOf(t, err, true) }));
    }
    io.stderr(`${t('compare_cli_written', { file: o.output, view: t(comparison.mode === 'change' ? 'compare_view_change' : 'compare_view_vendors') })}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof InputError) return (io.stderr(`contact-audit compare: ${err.message}\n`), EXIT.usage);
    if (err instanceof CompareError) return (io.stderr(`contact-audit compare: ${t(err.key, err.params)}\n`), EXIT.usage);
    throw err;
  }
}
