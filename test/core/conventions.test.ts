import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/core/extract/index.js';
import { FINDING_KINDS } from '../../src/core/types.js';

// Convention tests (after Refined GitHub's): every extractor file is registered under its own
// name, and every kind of finding has an extractor that can produce it.
// An extractor file is one that exports `const xyzExtractor: Extractor`; helpers beside it do not.
const extractorFiles = (readdirSync('src/core/extract', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && /export const \w+Extractor: Extractor\b/.test(readFileSync(`src/core/extract/${f}`, 'utf8')))
  .map((f) => f.replace(/^.*\//, '').replace(/\.ts$/, ''));

/** The kinds of contact, each a folder of src/core/extract holding its extractor and its helpers. */
const KIND_FOLDERS = ['address', 'chat', 'email', 'form', 'gate', 'helpdesk', 'messaging', 'phone'];

describe('extractor registry', () => {
  it('registers every extractor file, by its file name', () => {
    const ids = EXTRACTORS.map((e) => e.id).sort();
    expect(ids).toEqual([...extractorFiles].sort());
  });

  it('keeps each kind in a folder of its own: no extractor or helper loose beside the registry', () => {
    const entries = readdirSync('src/core/extract', { withFileTypes: true });
    expect(
      entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    ).toEqual(KIND_FOLDERS);
    expect(
      entries
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort(),
    ).toEqual(['extractor.ts', 'index.ts']);
  });

  it('has an extractor for every finding kind', () => {
    const covered = new Set(EXTRACTORS.flatMap((e) => e.kinds));
    expect(FINDING_KINDS.filter((k) => !covered.has(k))).toEqual([]);
  });
});
