// The report contract as readers meet it: a stable $id, reports that name their schema ($schema),
// and objects open to fields a later minor version adds (issue #17 item 6).
import { describe, expect, it } from 'vitest';
import { generateSchema } from '../../../scripts/gen-schema.js';
import { buildReport } from '../../../src/core/build-report.js';
import { REPORT_SCHEMA_ID, ReportSchema, SCHEMA_VERSION } from '../../../src/core/report/schema.js';
import { crawl, page } from '../score/make.js';
import { sampleReport } from './sample.js';

type Node = { [key: string]: unknown };
const schema = JSON.parse(generateSchema()) as Node;

/** Every object schema in the document, however deeply nested ($defs, items, anyOf included). */
function objectSchemas(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => objectSchemas(n, out));
  else if (node && typeof node === 'object') {
    const obj = node as Node;
    if (obj.type === 'object') out.push(obj);
    Object.values(obj).forEach((v) => objectSchemas(v, out));
  }
  return out;
}

const built = () =>
  buildReport(crawl([page({ findings: [{ kind: 'email', value: 'info@vendor.example', role: 'general', flags: [] }] })]), {
    startedAt: '2026-12-07T18:00:00.000Z',
    finishedAt: '2026-12-07T18:00:01.000Z',
  });

describe('the generated JSON Schema', () => {
  it('has a stable $id, one per major version, and says the CLI writes an array', () => {
    expect(schema.$id).toBe('urn:contact-audit:report:2');
    expect(REPORT_SCHEMA_ID).toBe(`urn:contact-audit:report:${SCHEMA_VERSION.split('.')[0]}`);
    expect(schema.description).toContain('--format json writes an array of reports');
    expect((schema.properties as Node).$schema).toMatchObject({ type: 'string' });
  });

  it('closes no object: a minor version adds fields, and older readers must accept them', () => {
    const objects = objectSchemas(schema);
    // The report, crawl, budget, outcome, scores, bestWay, findings, checks, evidence, errors...
    expect(objects.length).toBeGreaterThan(15);
    expect(objects.filter((o) => o.additionalProperties === false)).toEqual([]);
    expect(generateSchema()).not.toContain('"additionalProperties": false');
  });
});

describe('reports carry $schema', () => {
  it('buildReport writes it first, and it survives JSON and the schema (round trip)', () => {
    const report = built();
    expect(Object.keys(report)[0]).toBe('$schema');
    expect(report.$schema).toBe(REPORT_SCHEMA_ID);
    const again = ReportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(again).toEqual(report);
    expect(again.$schema).toBe(REPORT_SCHEMA_ID);
  });

  it('is optional: a report written before 2.2.0 without it still parses', () => {
    const { $schema: _dropped, ...older } = built();
    expect(ReportSchema.safeParse({ ...older, schemaVersion: '2.1.0' }).success).toBe(true);
  });
});

describe('a report from a later 2.x minor version', () => {
  it('still parses with fields this version does not know, at the top and nested', () => {
    const base = sampleReport();
    const later = {
      ...base,
      schemaVersion: '2.9.0',
      somethingNew: { a: 1 },
      crawl: { ...base.crawl, newCounter: 3, budget: { ...base.crawl.budget, newLimit: 5 } },
      findings: base.findings.map((f) => ({ ...f, confidence: 0.9 })),
    };
    const parsed = ReportSchema.safeParse(later);
    expect(parsed.success).toBe(true);
    // Known fields read as before; unknown ones are dropped by this reader, not an error.
    expect(parsed.data?.findings).toEqual(base.findings);
    expect(parsed.data?.crawl.budget).toEqual(base.crawl.budget);
  });

  it('but a 3.x report is still refused: a major version may change what fields mean', () => {
    expect(ReportSchema.safeParse({ ...sampleReport(), schemaVersion: '3.0.0' }).success).toBe(false);
  });
});
