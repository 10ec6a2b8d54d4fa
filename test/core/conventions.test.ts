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

describe('layers', () => {
  // The bottom of the engine: parsing a page (page/) and the knowledge of languages and countries
  // (locale/) never reach up into the readers, the crawl, the scores or the report (issue #14:
  // country inference lived in page/ and read the phone extractor's tables).
  const importsOf = (folder: string) =>
    (readdirSync(`src/core/${folder}`, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(`src/core/${folder}/${f}`, 'utf8').matchAll(/from '((?:\.\.\/)+)([a-z-]+)\//g)].map((m) => `${f} → ${m[2]}`));

  it.each([
    ['page', []],
    ['locale', ['page']],
  ] as const)('%s/ imports only from %j below it', (folder, allowed) => {
    const upward = importsOf(folder).filter((edge) => !(allowed as readonly string[]).includes(edge.split(' → ')[1]!));
    expect(upward).toEqual([]);
  });
});
