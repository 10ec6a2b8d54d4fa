// Benchmark 2: MB/s of the whole per-page work (parse, every extractor, link ranking) against
// the parser the engine uses alone (cheerio/slim: htmlparser2) on the same bytes, in the same run; and the slowest extractor.
import * as cheerio from 'cheerio/slim';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../src/core/analyze-page.js';
import { EXTRACTORS } from '../src/core/extract/index.js';
import { parsePage } from '../src/core/page/parsed-page.js';

const CORPUS = '../shared/corpora/webstruct-dev';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (/\.html?$/i.test(name)) out.push(path);
  }
  return out;
}

/** The pages both extraction benchmarks read: webstruct-dev's 175 and the bundled fixture sites. */
export function benchPages(): { url: string; html: string }[] {
  const files = [...htmlFiles(CORPUS), ...htmlFiles('fixtures')];
  return files.map((f, i) => ({ url: `https://site${i}.example/page`, html: readFileSync(f, 'latin1') }));
}

function timeIt(rounds: number, fn: () => void): number {
  const started = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  return (performance.now() - started) / rounds;
}

export async function extractionBench(): Promise<{
  pages: number;
  megabytes: number;
  parseOnlyMBps: number;
  fullMBps: number;
  ratio: number;
  extractorsMs: Record<string, number>;
  slowestExtractor: string;
}> {
  const pages = benchPages();
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  const megabytes = bytes / 1e6;
  const rounds = 3;
  // Warm up the JIT on both paths before measuring.
  for (const p of pages.slice(0, 20)) {
    cheerio.load(p.html);
    analyzePage(p.url, p.html);
  }
  const parseMs = timeIt(rounds, () => pages.forEach((p) => cheerio.load(p.html)));
  const fullMs = timeIt(rounds, () => pages.forEach((p) => analyzePage(p.url, p.html)));
  const extractorsMs: Record<string, number> = {};
  const parsed = pages.map((p) => parsePage(p.url, p.html));
  for (const page of parsed) void page.blocks; // text blocks are shared work, measured in the full run
  for (const extractor of EXTRACTORS) {
    extractorsMs[extractor.id] = Number(timeIt(rounds, () => parsed.forEach((page) => extractor.extract(page))).toFixed(1));
  }
  const slowestExtractor = Object.entries(extractorsMs).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const parseOnlyMBps = megabytes / (parseMs / 1000);
  const fullMBps = megabytes / (fullMs / 1000);
  return {
    pages: pages.length,
    megabytes: Number(megabytes.toFixed(2)),
    parseOnlyMBps: Number(parseOnlyMBps.toFixed(2)),
    fullMBps: Number(fullMBps.toFixed(2)),
    ratio: Number((fullMBps / parseOnlyMBps).toFixed(2)),
    extractorsMs,
    slowestExtractor,
  };
}
