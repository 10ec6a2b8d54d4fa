// Hand-made reports for the export tests: a plain one and one whose page-derived strings are hostile.
import { ReportSchema, SCHEMA_VERSION, type Finding, type Report } from '../../../src/core/report/schema.js';

const SITE = 'https://vendor.example';

export function sampleReport(over: Partial<Report> = {}): Report {
  const findings: Finding[] = [
    {
      kind: 'phone',
      value: '+15550100',
      display: '+1 555 0100',
      role: 'sales',
      depth: 0,
      path: [`${SITE}/`],
      pathText: [],
      url: `${SITE}/`,
      flags: ['tel-link'],
      region: 'header',
    },
    {
      kind: 'email',
      value: 'help@vendor.example',
      role: 'support',
      depth: 2,
      path: [`${SITE}/`, `${SITE}/support`, `${SITE}/support/contact`],
      pathText: ['Support', 'Contact support'],
      url: `${SITE}/support/contact`,
      flags: ['mailto'],
      context: 'Email our support team',
    },
  ];
  return ReportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'contact-audit', version: '1.2.3' },
    site: SITE,
    startUrl: `${SITE}/`,
    startedAt: '2026-11-25T13:00:00.000Z',
    finishedAt: '2026-11-25T13:00:09.000Z',
    outcome: { status: 'complete' },
    partial: false,
    crawl: {
      pagesFetched: 7,
      maxDepth: 2,
      budget: { maxDepth: 3, maxPages: 60, concurrency: 4, timeoutMs: 10000, maxBytes: 3000000, respectRobots: true },
      errors: [{ url: `${SITE}/broken`, message: 'HTTP 404', status: 404, kind: 'http' }],
      skipped: [],
      sitemapOnly: [],
    },
    scores: { overall: 12.4, sales: 0, support: 21, grade: 'B' },
    findings,
    checks: [
      {
        id: 'sales-contact-depth',
        title: 'Clicks to a sales phone or email',
        category: 'sales',
        status: 'pass',
        weight: 50,
        points: 0,
        explanation: 'Sales phone +1 555 0100 is on the start page.',
        evidence: [{ url: `${SITE}/`, value: '+1 555 0100' }],
        source: 'BGH I ZR 228/03',
      },
      {
        id: 'support-contact-depth',
        title: 'Clicks to a support phone or email',
        category: 'support',
        status: 'fail',
        weight: 50,
        points: 15,
        explanation: 'Support email help@vendor.example is 2 clicks deep: Home → Support → Contact support.',
        evidence: [{ url: `${SITE}/support/contact`, value: 'help@vendor.example', note: 'Home → Support → Contact support' }],
        source: 'BGH I ZR 228/03',
      },
      {
        id: 'imprint-two-clicks',
        title: 'Impressum within two clicks',
        category: 'overall',
        status: 'not-applicable',
        weight: 2,
        points: 0,
        explanation: 'Not a German-language site.',
        evidence: [],
      },
    ],
    ...over,
  });
}

/** Hostile strings, as a crawled page could plant them. */
export const EVIL = {
  html: '<img src=x onerror=alert(1)>"\'&',
  script: '</td><script>alert(1)</script>',
  mdLink: '[click](javascript:alert(1))',
  bidi: 'abc\u202Eevil\u2066x\u2069\u200Bz',
  formula: '=HYPERLINK("http://evil.example","x")',
  autolink: 'see http://evil.example and www.evil.example or me@evil.example',
  heading: '# Owned\n## also\n- item',
};

export function hostileReport(): Report {
  const base = sampleReport();
  const text = Object.values(EVIL).join(' ');
  return ReportSchema.parse({
    ...base,
    outcome: { status: 'partial', reason: EVIL.script },
    partial: true,
    partialReason: EVIL.script,
    findings: [
      {
        kind: 'email',
        value: EVIL.formula,
        display: EVIL.html,
        role: 'general',
        depth: 1,
        path: [`${base.site}/`, 'javascript:alert(1)'],
        pathText: [EVIL.mdLink + EVIL.bidi],
        url: 'javascript:alert(1)',
        // Flags are a closed list (src/core/flags.ts), never page text: the schema refuses any other.
        flags: ['obfuscated'],
        context: text,
      },
      {
        kind: 'phone',
        value: '+15550100',
        display: `-1 ${EVIL.autolink}`,
        role: 'support',
        depth: 0,
        path: [`${base.site}/"><b>x`],
        pathText: [],
        url: `${base.site}/"><b>x`,
        flags: [],
      },
    ],
    checks: [
      { ...base.checks[1]!, explanation: text, evidence: [{ url: 'data:text/html,<script>alert(1)</script>', value: EVIL.heading, note: EVIL.mdLink }] },
    ],
    crawl: {
      ...base.crawl,
      errors: [{ url: `javascript:${EVIL.script}`, message: text, kind: 'other' }],
      sitemapOnly: [{ url: 'https://vendor.example/c`ontact', reason: EVIL.bidi }],
      vendorHosts: [
        {
          host: 'help.vendor.example',
          why: 'subdomain',
          read: false,
          url: 'https://help.vendor.example/',
          path: [`${base.site}/`, 'https://help.vendor.example/'],
          pathText: [EVIL.heading],
        },
      ],
      depthsExactTo: 2,
    },
  });
}
