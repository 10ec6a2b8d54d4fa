import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../core/crawl/crawl-types.js';
import { EXIT } from './exit-codes.js';
import { REPORT_FORMATS, type ReportFormat } from '../core/report/formats/index.js';

const D = DEFAULT_CRAWL_OPTIONS;

/** Sites audited at once in a batch, by default. */
export const DEFAULT_SITES = 4;

export const USAGE = `Usage: contact-audit <url...> [options]

Audit how hidden a vendor's sales and support contacts are.

Options:
  --urls-file F        read more URLs from F, one per line (# comments allowed)
  --max-depth N        clicks from the start page to explore (default ${D.maxDepth}; 0 = the start page only)
  --max-pages N        page budget per site (default ${D.maxPages})
  --concurrency N      requests in flight per site (default ${D.concurrency})
  --sites N            sites audited at the same time in a batch (default ${DEFAULT_SITES})
  --timeout-ms N       per-request timeout (default ${D.timeoutMs})
  --max-time S         time budget per site in seconds: then no more requests, and the report
                       covers the pages read, marked partial (default ${(D.maxTimeMs ?? 0) / 1000}; 0 = no budget)
  --country CC         country for reading phone numbers (default: inferred from the site)
  --ignore-robots      do not honour robots.txt
  --no-sitemap         do not read sitemap.xml
  --format F           ${REPORT_FORMATS.join(' | ')} (default json)
  --out FILE           write the report to FILE instead of stdout
  --quiet              no progress on stderr
  -h, --help           show this help
  -v, --version        show the version

Exit codes: ${EXIT.ok} done, ${EXIT.usage} bad usage, ${EXIT.unreachable} a site was unreachable, ${EXIT.partial} an audit was partial, ${EXIT.internal} internal error.`;

export class UsageError extends Error {}

export interface CliArgs {
  urls: string[];
  options: Partial<CrawlOptions>;
  format: ReportFormat;
  out?: string;
  quiet: boolean;
  sites: number;
  help: boolean;
  version: boolean;
}

function int(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** Accepts "example.com" as well as full URLs: a shopper types what is in the address bar. */
export function normaliseStartUrl(raw: string): string {
  // "mailto:sales@host", "tel:…", "javascript:…": a scheme that is not followed by "//" and is not
  // a host with a port ("localhost:8080") is refused, not read as user:password@host.
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\/\/)(?!\d+(?:[/?#]|$))/i.exec(raw);
  if (scheme) throw new UsageError(`only http(s) URLs can be audited: "${raw}"`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError(`not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`only http(s) URLs can be audited: "${raw}"`);
  return url.href;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'urls-file': { type: 'string' },
        'max-depth': { type: 'string' },
        'max-pages': { type: 'string' },
        concurrency: { type: 'string' },
        sites: { type: 'string' },
        'timeout-ms': { type: 'string' },
        'max-time': { type: 'string' },
        country: { type: 'string' },
        'ignore-robots': { type: 'boolean' },
        'no-sitemap': { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const help = !!v.help;
  const version = !!v.version;
  const raw = [...parsed.positionals];
  if (v['urls-file']) {
    let text: string;
    try {
      text = readFileSync(v['urls-file'], 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --urls-file: ${(err as Error).message}`);
    }
    raw.push(
      ...text
        .split(/\r?\n/)
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean),
    );
  }
  if (!raw.length && !help && !version) throw new UsageError('give at least one URL to audit');
  const format = (v.format ?? 'json') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')} (got "${v.format}")`);
  const country = v.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new UsageError(`--country takes a two-letter code such as US, GB, DE (got "${v.country}")`);
  const options: Partial<CrawlOptions> = {};
  const set = <K extends keyof CrawlOptions>(key: K, value: CrawlOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('maxDepth', int('max-depth', v['max-depth'], 0, 10));
  set('maxPages', int('max-pages', v['max-pages'], 1, 10_000));
  set('concurrency', int('concurrency', v.concurrency, 1, 64));
  set('timeoutMs', int('timeout-ms', v['timeout-ms'], 100, 300_000));
  // Seconds on the command line (a person's unit for a whole audit), milliseconds in the engine.
  const maxTime = int('max-time', v['max-time'], 0, 86_400);
  if (maxTime !== undefined) options.maxTimeMs = maxTime * 1000;
  set('country', country);
  if (v['ignore-robots']) options.respectRobots = false;
  if (v['no-sitemap']) options.useSitemap = false;
  return {
    urls: [...new Set(raw.map(normaliseStartUrl))],
    options,
    format,
    out: v.out,
    quiet: !!v.quiet,
    sites: int('sites', v.sites, 1, 64) ?? DEFAULT_SITES,
    help,
    version,
  };
}
