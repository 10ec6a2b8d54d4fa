// Everything decided before the first request: the arguments, stdin's URLs, the output format,
// colour, and what --resume keeps. Any mistake here is a UsageError, so nothing is audited on a
// bad command line (issue #17).
import { translator, type Translate } from '../core/i18n/catalogue.js';
import type { ReportFormat } from '../core/report/formats/index.js';
import type { Report } from '../core/report/schema.js';
import { parseCliArgs, type CliArgs } from './args.js';
import { useColor } from './color.js';
import { readText, type CliIo } from './io.js';
import { readResumeFile, siteKey } from './resume.js';
import { normaliseStartUrl, urlLines } from './start-url.js';
import { UsageError } from './usage-error.js';

/** The formats --resume can read back. */
const RESUMABLE: readonly ReportFormat[] = ['json', 'jsonl'];

export interface RunPlan {
  args: CliArgs;
  t: Translate;
  format: ReportFormat;
  /** Colour in the terminal summary (never in a file). */
  color: boolean;
  /** The sites to audit now, in order. */
  urls: string[];
  /** Reports kept from the --output file (--resume), written before the new ones. */
  kept: Report[];
}

export async function planRun(argv: string[], io: CliIo): Promise<RunPlan> {
  const args = parseCliArgs(argv, io.env);
  const t = translator(args.lang);
  // JSON for a pipe, a file or a program; the short summary for a person at a terminal.
  const format = args.format ?? (args.output !== undefined || io.stdout.isTTY !== true ? 'json' : 'text');
  const color = args.output === undefined && useColor(args.color, io.env, io.stdout.isTTY === true);
  if (args.help || args.version) return { args, t, format, color, urls: [], kept: [] };
  let urls = args.urls;
  if (args.stdin) {
    let text: string;
    try {
      text = await readText(io.stdin);
    } catch (err) {
      throw new UsageError(t('cli_error_stdin', { reason: (err as { code?: string }).code ?? 'EIO' }));
    }
    urls = [...new Set([...urls, ...urlLines(text).map((u) => normaliseStartUrl(u, t))])];
    if (!urls.length) throw new UsageError(t('cli_error_no_url'));
  }
  let kept: Report[] = [];
  if (args.resume && args.output !== undefined) {
    if (!RESUMABLE.includes(format)) throw new UsageError(t('cli_error_resume_format', { value: format }));
    kept = readResumeFile(args.output, t);
    const done = new Set(kept.map((r) => siteKey(r.startUrl)));
    urls = urls.filter((u) => !done.has(siteKey(u)));
  }
  return { args, t, format, color, urls, kept };
}
