// `npx tsx bench/huge-report.ts [pages] [contactsPerKind]`: how big a report a site can make.
// Serves a generated site on 127.0.0.1 whose every page lists thousands of distinct contacts
// (tel: links, phone numbers in text, email addresses in text), audits it the way the CLI does
// (runAudit + the Node fetcher, default budget) and prints findings, JSON bytes, wall time and
// the crawl notes about caps. Measures the report-size bound (docs/reliability.md).
import { createServer } from 'node:http';
import { nodeFetcher } from '../src/cli/node-fetcher.js';
import { runAudit } from '../src/core/audit.js';
import { formatReport } from '../src/core/report/formats/index.js';

const PAGES = Number(process.argv[2] ?? 59);
const PER_KIND = Number(process.argv[3] ?? 1000);
// NANP area codes with valid 555 exchanges: 10,000 numbers each, so every number on the site is distinct.
const AREAS = ['202', '212', '213', '305', '312', '415', '503', '617', '646', '702', '718', '801', '919', '206', '303', '404', '512', '602', '713', '214'];

function phone(n: number): { e164: string; shown: string } {
  const area = AREAS[Math.floor(n / 10_000) % AREAS.length]!;
  const line = String(n % 10_000).padStart(4, '0');
  return { e164: `+1${area}555${line}`, shown: `(${area}) 555-${line}` };
}

function pageHtml(i: number): string {
  const base = i * PER_KIND * 2;
  const tel = Array.from({ length: PER_KIND }, (_, j) => {
    const p = phone(base + j);
    return `<li><a href="tel:${p.e164}">${p.shown}</a></li>`;
  });
  const text = Array.from(
    { length: PER_KIND },
    (_, j) => `<p>Branch ${i}-${j}: call ${phone(base + PER_KIND + j).shown}, write to branch${i}x${j}@vendor.example</p>`,
  );
  const nav = i === 0 ? Array.from({ length: PAGES }, (_, k) => `<a href="/branches/${k + 1}">Branches ${k + 1}</a>`).join(' ') : '<a href="/">Home</a>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Branches ${i}</title></head><body><header><nav>${nav}</nav></header><main><h1>Our branches</h1><ul>${tel.join('')}</ul>${text.join('')}</main><footer><a href="/contact">Contact</a></footer></body></html>`;
}

async function main(): Promise<void> {
  const cache = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const m = /^\/branches\/(\d+)$/.exec(path);
    const i = path === '/' ? 0 : m ? Number(m[1]) : -1;
    if (i < 0 || i > PAGES) return void res.writeHead(404).end();
    if (!cache.has(path)) cache.set(path, pageHtml(i));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cache.get(path));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const started = performance.now();
  const report = await runAudit({ startUrl: `${origin}/`, fetcher: nodeFetcher, options: { useSitemap: false } });
  const ms = Math.round(performance.now() - started);
  const json = formatReport(report, 'json');
  server.close();
  const byKind: Record<string, number> = {};
  for (const f of report.findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const capped = report.crawl.errors.filter((e) => (e.kind as string) === 'capped');
  console.log(
    JSON.stringify(
      {
        pages: report.crawl.pagesFetched,
        contactsPerPage: PER_KIND * 3,
        findings: report.findings.length,
        byKind,
        jsonBytes: Buffer.byteLength(json),
        wallMs: ms,
        cappedNotes: capped.length,
        sampleNote: capped[0]?.message,
        partial: report.partialReason,
      },
      null,
      1,
    ),
  );
}

void main();
