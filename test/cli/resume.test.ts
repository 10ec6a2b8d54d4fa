// What --resume reads back: the CLI's own json and jsonl, the single object of older versions, and
// what a stopped run leaves behind (the checkpoint: one report a line, an array not yet closed,
// a last line cut short). Anything else is refused, so the file is never overwritten by mistake.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCheckpoint } from '../../src/cli/checkpoint.js';
import { readResumeFile } from '../../src/cli/resume.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { translator } from '../../src/core/i18n/catalogue.js';
import { formatReports } from '../../src/core/report/formats/index.js';
import { sampleReport } from '../core/report/sample.js';

const t = translator('en');
const dir = mkdtempSync(join(tmpdir(), 'ca-resume-'));
const a = sampleReport();
const b = sampleReport({ site: 'https://b.example', startUrl: 'https://b.example/' });
const c = sampleReport({ site: 'https://c.example', startUrl: 'https://c.example/' });

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readResumeFile', () => {
  it('reads the json array, the jsonl and the old single object', () => {
    expect(readResumeFile(file('a.json', formatReports([a, b], 'json')), t)).toEqual([a, b]);
    expect(readResumeFile(file('a.jsonl', formatReports([a, b], 'jsonl')), t)).toEqual([a, b]);
    expect(readResumeFile(file('old.json', JSON.stringify(a, null, 2)), t)).toEqual([a]);
  });

  it('has nothing to keep when the file does not exist yet, or is empty', () => {
    expect(readResumeFile(join(dir, 'missing.json'), t)).toEqual([]);
    expect(readResumeFile(file('empty.json', ''), t)).toEqual([]);
  });

  it('reads what a stopped run left: an open array, and a last line cut short', () => {
    const open = `[\n${JSON.stringify(a)},\n${JSON.stringify(b)},\n`;
    expect(readResumeFile(file('open.json', open), t)).toEqual([a, b]);
    expect(readResumeFile(file('cut.json', `${open}${JSON.stringify(c).slice(0, 200)}`), t)).toEqual([a, b]);
    expect(readResumeFile(file('cut.jsonl', `${JSON.stringify(a)}\n${JSON.stringify(b).slice(0, 50)}`), t)).toEqual([a]);
  });

  it.each([
    ['notes', 'my notes\n'],
    ['a cut line that is not the last', `${JSON.stringify(a).slice(0, 50)}\n${JSON.stringify(b)}\n`],
    ['JSON that is not a report', '[{"site": "x"}]'],
    ['Markdown', '# Contact audit\n'],
  ])('refuses %s', (_what, text) => {
    const path = file('bad.json', text);
    expect(() => readResumeFile(path, t)).toThrow(new UsageError(`cannot resume from ${path}: it is not a JSON array or JSON Lines of reports`));
  });
});

describe('startCheckpoint', () => {
  it.each(['json', 'jsonl'] as const)('%s: the kept reports at once, each new one as it is done, readable by --resume at every step', (format) => {
    const path = join(dir, `checkpoint.${format}`);
    const checkpoint = startCheckpoint(path, format, [a]);
    expect(readResumeFile(path, t)).toEqual([a]);
    checkpoint.add(b);
    expect(readResumeFile(path, t)).toEqual([a, b]);
    checkpoint.add(c);
    expect(readResumeFile(path, t)).toEqual([a, b, c]);
  });

  it('writes nothing for other formats or without a file', () => {
    const path = join(dir, 'report.md');
    writeFileSync(path, 'before');
    startCheckpoint(path, 'md', [a]).add(b);
    expect(readFileSync(path, 'utf8')).toBe('before');
    expect(() => startCheckpoint(undefined, 'json', [a]).add(b)).not.toThrow();
  });

  it('gives up quietly when the file cannot be written (the final write reports it)', () => {
    expect(() => startCheckpoint(join(dir, 'no/such/dir.json'), 'json', [a]).add(b)).not.toThrow();
  });
});
