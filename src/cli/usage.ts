// `contact-audit --help`, in the user's language. Option names stay literal; their descriptions
// come from the catalogue's cli area. Shown only when asked: a usage error is one line plus a hint.
import { availableParallelism } from 'node:os';
import { DEFAULT_CRAWL_OPTIONS } from '../core/crawl/crawl-types.js';
import type { MessageKey, Translate } from '../core/i18n/catalogue.js';
import { UI_LANGUAGES } from '../core/i18n/languages.js';
import type { MessageParams } from '../core/i18n/message-format.js';
import { REPORT_FORMATS } from '../core/report/formats/index.js';
import { EXIT } from './exit-codes.js';

/** Sites audited at once in a batch, by default. */
export const DEFAULT_SITES = 4;

const D = DEFAULT_CRAWL_OPTIONS;
const FLAG_WIDTH = 21;

/** [flag as typed, its description's key, the description's values]. */
function optionLines(file: string): [string, MessageKey, MessageParams?][] {
  return [
    ['-', 'cli_usage_opt_stdin'],
    [`--urls-file ${file}`, 'cli_usage_opt_urls_file', { file }],
    ['--max-depth N', 'cli_usage_opt_max_depth', { value: D.maxDepth }],
    ['--max-pages N', 'cli_usage_opt_max_pages', { value: D.maxPages }],
    ['--concurrency N', 'cli_usage_opt_concurrency', { value: D.concurrency }],
    ['--sites N', 'cli_usage_opt_sites', { value: DEFAULT_SITES }],
    ['--jobs N', 'cli_usage_opt_jobs', { value: availableParallelism() }],
    ['--timeout-ms N', 'cli_usage_opt_timeout', { value: D.timeoutMs }],
    ['--max-time S', 'cli_usage_opt_max_time', { value: (D.maxTimeMs ?? 0) / 1000 }],
    ['--country CC', 'cli_usage_opt_country'],
    ['--ignore-robots', 'cli_usage_opt_ignore_robots'],
    ['--no-sitemap', 'cli_usage_opt_no_sitemap'],
    ['--format F', 'cli_usage_opt_format', { formats: REPORT_FORMATS.join(' | ') }],
    [`-o, --output ${file}`, 'cli_usage_opt_output', { file }],
    ['--resume', 'cli_usage_opt_resume'],
    ['--lang L', 'cli_usage_opt_lang', { languages: UI_LANGUAGES.join(', ') }],
    ['--color, --no-color', 'cli_usage_opt_color'],
    ['--quiet', 'cli_usage_opt_quiet'],
    ['-h, --help', 'cli_usage_opt_help'],
    ['-v, --version', 'cli_usage_opt_version'],
  ];
}

export function usageText(t: Translate): string {
  const options = optionLines(t('cli_usage_file')).map(([flag, key, params]) => `  ${flag.padEnd(FLAG_WIDTH)}${t(key, params)}`);
  const heading = t('cli_usage_heading');
  return [
    `${heading} contact-audit <url...> [options]`,
    `${' '.repeat(heading.length)} contact-audit compare <report.json> <report.json>...`,
    '',
    t('cli_usage_about'),
    t('cli_usage_compare'),
    '',
    t('cli_usage_options'),
    ...options,
    '',
    t('cli_usage_json'),
    t('cli_usage_exit', { ...EXIT }),
  ].join('\n');
}
