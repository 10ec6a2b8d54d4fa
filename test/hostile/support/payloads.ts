// Hostile strings a crawled page can plant in a report, and a report carrying them in every
// page-derived field. Payloads that run code set window.__pwned and/or request the canary.
import { ReportSchema, SCHEMA_VERSION, type Report } from '../../../src/core/report/schema.js';

export function payloads(canary: string) {
  return {
    script: `<script>window.__pwned=1;fetch('${canary}/script')</script>`,
    img: `<img src=x onerror="window.__pwned=2;new Image().src='${canary}/img'">`,
    svg: `<svg/onload="window.__pwned=3">`,
    iframe: `<iframe src="${canary}/iframe"></iframe>`,
    style: `<style>@import '${canary}/css';body{display:none}</style><link rel=stylesheet href="${canary}/link.css">`,
    breakout: `</code></td></tr></table></section><h1>Owned</h1><section>`,
    attrDouble: `" onmouseover="window.__pwned=4" autofocus onfocus="window.__pwned=4" x="`,
    attrSingle: `' autofocus onfocus='window.__pwned=5' x='`,
    jsUrl: `javascript:window.__pwned=6`,
    dataUrl: `data:text/html,<script>window.__pwned=7</script>`,
    bidi: '\u202Egnp.exe\u202C \u2066iso\u2069 zero\u200Bwidth\u200D\uFEFF\u200E\u200F\u061C',
    md: `[click](javascript:alert(1)) ![x](${canary}/md.png) <${canary}/auto> # Heading`,
    formula: '=HYPERLINK("http://evil.example","x")',
    // One word with no break opportunity (a token, a base64 blob, a run of dashes).
    longWord: `${'W'.repeat(300)}${'-'.repeat(300)}${'x'.repeat(300)}`,
  };
}

export const FORMULAS = ['=1+2', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];

/** A report whose every page-derived string is hostile (the shape a crawl of a hostile site could give). */
export function hostileReport(canary: string): Report {
  const p = payloads(canary);
  const all = Object.values(p).join(' ');
  const site = 'https://vendor.example';
  const findings = [
    {
      kind: 'phone',
      value: '+12025550143',
      display: `${p.script}(202) 555-0143${p.longWord}`,
      role: 'sales',
      depth: 1,
      path: [`${site}/`, `${site}/contact`],
      pathText: [`${p.img}Contact ${p.bidi}`],
      url: `${site}/contact`,
      flags: ['tel-link'],
      context: all,
      region: 'main',
    },
    ...FORMULAS.map((f, i) => ({
      kind: 'address',
      value: `${f} ${p.formula}`,
      display: `${f}${p.svg}`,
      role: 'general',
      depth: 1,
      path: [`${site}/`, p.jsUrl],
      pathText: [p.md],
      url: i % 2 ? p.dataUrl : p.jsUrl,
      // Flags come from a closed list (src/core/flags.ts), not from the page.
      flags: ['partial'],
      context: `${p.breakout}${p.attrDouble}`,
    })),
    {
      kind: 'email',
      value: `${p.attrSingle}@vendor.example`,
      display: p.style,
      role: 'support',
      depth: 2,
      path: [`${site}/`, `${site}/a`, `${site}/"><script>window.__pwned=8</script>`],
      pathText: [p.iframe, `${p.breakout}\n# Owned\n- list`],
      url: `${site}/"><script>window.__pwned=8</script>`,
      flags: [],
      context: p.bidi,
    },
  ];
  return ReportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'contact-audit', version: '1.0.0' },
    site,
    startUrl: `${site}/?q="><script>window.__pwned=9</script>`,
    startedAt: '2026-11-25T13:00:00.000Z',
    finishedAt: '2026-11-25T13:00:09.000Z',
    outcome: { status: 'partial', reason: `${p.script}${p.breakout}${p.longWord}` },
    partial: true,
    partialReason: `${p.script}${p.breakout}${p.longWord}`,
    crawl: {
      pagesFetched: 3,
      maxDepth: 2,
      budget: { maxDepth: 3, maxPages: 60, concurrency: 4, timeoutMs: 10000, maxBytes: 3000000, respectRobots: true },
      errors: [
        { url: p.jsUrl, message: all.slice(0, 2000), kind: 'other' },
        { url: `${site}/x"><img src=x onerror=window.__pwned=10>`, message: `redirects to ${p.dataUrl}`, kind: 'redirect-off-site', status: 302 },
      ],
      skipped: [{ url: p.jsUrl, reason: p.script }],
      sitemapOnly: [{ url: p.dataUrl, reason: p.img }],
    },
    scores: { overall: 40, sales: 30, support: 50, grade: 'C' },
    findings,
    checks: [
      {
        id: 'x',
        title: p.script,
        category: 'sales',
        status: 'fail',
        weight: 10,
        points: 5,
        explanation: all.slice(0, 2000),
        evidence: [
          { url: p.jsUrl, value: p.img, note: p.md },
          { url: p.dataUrl, value: p.bidi, note: p.breakout },
          { value: p.longWord, note: p.longWord },
        ],
        source: p.attrDouble,
      },
      { id: 'y', title: 'Long words', category: 'support', status: 'pass', weight: 1, points: 0, explanation: p.longWord, evidence: [] },
    ],
  });
}
