import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchema, isStale, SCHEMA_PATH } from '../../../scripts/gen-schema.js';
import { SCHEMA_VERSION } from '../../../src/core/report/schema.js';

describe('docs/report.schema.json', () => {
  it('is the committed output of scripts/gen-schema.ts (run `npm run schema` after changing schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generateSchema());
  });

  it('--check tells a stale or missing file from a current one', () => {
    const current = generateSchema();
    expect(isStale(current)).toBe(false);
    expect(isStale(current.replace('"overall"', '"total"'))).toBe(true);
    expect(isStale(undefined)).toBe(true);
  });

  it('describes the report contract', () => {
    const schema = JSON.parse(generateSchema()) as {
      $schema: string;
      properties: Record<string, { pattern?: string; properties?: Record<string, unknown> }>;
      required: string[];
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Any version of the same major validates; a 1.x report is read through upgradeReport first.
    const versions = new RegExp(schema.properties.schemaVersion?.pattern ?? '$^');
    expect(versions.test(SCHEMA_VERSION)).toBe(true);
    expect(versions.test('2.2.0')).toBe(true);
    expect(versions.test('1.2.0')).toBe(false);
    expect(versions.test('3.0.0')).toBe(false);
    expect(Object.keys(schema.properties.scores?.properties ?? {})).toEqual(['overall', 'sales', 'support', 'grade']);
    // Scores are absent exactly when the audit failed, so they are not required.
    expect(schema.required).toEqual(expect.arrayContaining(['outcome', 'findings', 'checks', 'crawl']));
    expect(schema.required).not.toContain('scores');
  });
});
