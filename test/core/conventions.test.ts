import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/core/extract/index.js';
import { FINDING_KINDS } from '../../src/core/types.js';

// Convention tests (after Refined GitHub's): every extractor file is registered under its own
// name, and every kind of finding has an extractor that can produce it.
// An extractor file is one that exports `const xyzExtractor: Extractor`; helpers beside it do not.
const extractorFiles = readdirSync('src/core/extract')
  .filter((f) => f.endsWith('.ts') && /export const \w+Extractor: Extractor\b/.test(readFileSync(`src/core/extract/${f}`, 'utf8')))
  .map((f) => f.replace(/\.ts$/, ''));

describe('extractor registry', () => {
  it('registers every extractor file, by its file name', () => {
    const ids = EXTRACTORS.map((e) => e.id).sort();
    expect(ids).toEqual([...extractorFiles].sort());
  });

  it('has an extractor for every finding kind', () => {
    const covered = new Set(EXTRACTORS.flatMap((e) => e.kinds));
    expect(FINDING_KINDS.filter((k) => !covered.has(k))).toEqual([]);
  });
});
