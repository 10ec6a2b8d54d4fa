// The command line of `contact-audit <url...>`: options, URLs and their checks, all before any
// request is made. Every mistake is a UsageError with one line in the user's language.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CrawlOptions } from '../core/crawl/crawl-types.js';
import { translator, type Translate } from '../core/i18n/catalogue.js';
import { UI_LANGUAGES, type UiLanguage } from '../core/i18n/languages.js';
import { REPORT_FORMATS, type ReportFormat } from '../core/report/formats/index.js';
import { cliLanguage, type Env } from './lang.js';
import { usageErrorFromParse } from './parse-errors.js';
import { normaliseStartUrl, urlLines } from './start-url.js';
import { DEFAULT_SITES } from './usage.js';
import { UsageError } from './usage-error.js';

export { DEFAULT_SITES } from './usage.js';
export { UsageError } from './usage-error.js';

export interface CliArgs {
  /** Normalised, deduplicated, in the order given; stdin's URLs are added by the caller. */
  urls: string[];
  /** `-` was given: read more URLs from stdin. */
  stdin: boolean;
  options: Partial<CrawlOptions>;
  /** Absent when not asked: the caller picks text on a terminal, else json. */
  format?: ReportFormat;
  output?: string;
  resume: boolean;
  /** --color / --no-color; absent: decided by the environment. */
  color?: boolean;
  lang: UiLanguage;
  quiet: boolean;
  sites: number;
  /** --jobs: audit threads for a batch; absent: one per CPU core (cli/audit-workers.ts). */
  jobs?: number;
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  'urls-file': { type: 'string' },
  'max-depth': { type: 'string' },
  'max-pages': { type: 'string' },
  concurrency: { type: 'string' },
  sites: { type: 'string' },
  jobs: { type: 'string' },
  'timeout-ms': { type: 'string' },
  'max-time': { type: 'string' },
  country: { type: 'string' },
  'ignore-robots': { type: 'boolean' },
  'no-sitemap': { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  // The name before 0.2: kept so existing scripts keep working.
  out: { type: 'string' },
  resume: { type: 'boolean' },
  lang: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function int(t: Translate, name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(t('cli_error_whole_number', { option: `--${name}`, min, max, value: raw }));
  }
  return n;
}

function oneOf<T extends string>(t: Translate, name: string, raw: string, choices: readonly T[]): T {
  const value = raw.toLowerCase();
  const known = choices.find((c) => c === value);
  if (known === undefined) throw new UsageError(t('cli_error_one_of', { option: `--${name}`, choices: choices.join(', '), value: raw }));
  return known;
}

function readUrlsFile(t: Translate, file: string): string[] {
  try {
    return urlLines(readFileSync(file, 'utf8'));
  } catch (err) {
    const reason = (err as { code?: string }).code ?? 'EIO';
    throw new UsageError(t('cli_error_urls_file', { file, reason }));
  }
}

/** "--max-depth -1": parseArgs would call "-1" an option; joined as "--max-depth=-1" it gets the range message it deserves. */
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--') return [...out, ...argv.slice(i)];
    const option = OPTIONS[arg.slice(2) as keyof typeof OPTIONS];
    if (arg.startsWith('--') && option?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** `argv` without the program name. `env` gives the default language (LC_ALL, LC_MESSAGES, LANG). */
export function parseCliArgs(argv: string[], env: Env = {}): CliArgs {
  const t = translator(cliLanguage(argv, env));
  const args = joinNegativeNumbers(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (err) {
    throw usageErrorFromParse(err, args, OPTIONS, t);
  }
  const v = parsed.values;
  const help = !!v.help;
  const version = !!v.version;
  const lang = v.lang === undefined ? cliLanguage([], env) : oneOf(t, 'lang', v.lang, UI_LANGUAGES);
  const stdin = parsed.positionals.includes('-');
  const raw = parsed.positionals.filter((p) => p !== '-');
  if (v['urls-file'] !== undefined) raw.push(...readUrlsFile(t, v['urls-file']));
  if (!raw.length && !stdin && !help && !version) throw new UsageError(t('cli_error_no_url'));
  const format = v.format === undefined ? undefined : oneOf(t, 'format', v.format, REPORT_FORMATS);
  const country = v.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new UsageError(t('cli_error_country', { value: v.country! }));
  if (v.color && v['no-color']) throw new UsageError(t('cli_error_color_both'));
  const output = v.output ?? v.out;
  if (v.resume && output === undefined) throw new UsageError(t('cli_error_resume_needs_output'));
  const options: Partial<CrawlOptions> = {};
  const set = <K extends keyof CrawlOptions>(key: K, value: CrawlOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('maxDepth', int(t, 'max-depth', v['max-depth'], 0, 10));
  set('maxPages', int(t, 'max-pages', v['max-pages'], 1, 10_000));
  set('concurrency', int(t, 'concurrency', v.concurrency, 1, 64));
  set('timeoutMs', int(t, 'timeout-ms', v['timeout-ms'], 100, 300_000));
  // Seconds on the command line (a person's unit for a whole audit), milliseconds in the engine.
  const maxTime = int(t, 'max-time', v['max-time'], 0, 86_400);
  if (maxTime !== undefined) options.maxTimeMs = maxTime * 1000;
  set('country', country);
  if (v['ignore-robots']) options.respectRobots = false;
  if (v['no-sitemap']) options.useSitemap = false;
  return {
    // Every URL is checked here, before anything is audited: one bad argument stops the run.
    urls: [...new Set(raw.map((u) => normaliseStartUrl(u, t)))],
    stdin,
    options,
    ...(format !== undefined ? { format } : {}),
    ...(output !== undefined ? { output } : {}),
    resume: !!v.resume,
    ...(v.color || v['no-color'] ? { color: !!v.color } : {}),
    lang,
    quiet: !!v.quiet,
    sites: int(t, 'sites', v.sites, 1, 64) ?? DEFAULT_SITES,
    ...(v.jobs !== undefined ? { jobs: int(t, 'jobs', v.jobs, 1, 64) } : {}),
    help,
    version,
  };
}
