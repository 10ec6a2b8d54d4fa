// `npm run package:source`: the source archive addons.mozilla.org asks for with a bundled (and
// minified) extension, so a reviewer can rebuild the exact files (docs/building-from-source.md).
// The files are the repository's: what git tracks plus new files git does not ignore, so
// node_modules, dist and local results never go in, and a file deleted but not yet committed is left out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Paths relative to the repository root, sorted, as the archive lists them. */
export function sourceFiles(root = ROOT): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const files = out.split('\0').filter((f) => f !== '' && existsSync(resolve(root, f)) && statSync(resolve(root, f)).isFile());
  return [...new Set(files)].sort();
}

export function sourceArchivePath(root = ROOT): string {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  return resolve(root, 'dist', `contact-audit-source-${version}.zip`);
}

/** Writes the archive; returns its path and how many files it holds. */
export function packageSource(root = ROOT): { path: string; files: number } {
  const files: Record<string, Uint8Array> = {};
  const names = sourceFiles(root);
  for (const name of names) files[name] = readFileSync(resolve(root, name));
  const path = sourceArchivePath(root);
  mkdirSync(dirname(path), { recursive: true });
  // A fixed mtime, as for the extension's zips: the same tree gives the same bytes.
  writeFileSync(path, zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
  return { path, files: names.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { path, files } = packageSource();
  process.stdout.write(`wrote ${path} (${files} files, ${(statSync(path).size / 1000).toFixed(0)} KB)\n`);
}
