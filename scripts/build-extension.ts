// Builds the extension for Chrome (service worker) and Firefox (background scripts) from one source:
// dist/chrome, dist/firefox and a zip of each. One esbuild run per browser, the browser's name
// injected with `define`; minified, with the reason below (minify: true).
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { drawIcon } from './lib/draw-icon.js';
import { writeLocales } from './lib/write-locales.js';

export const BROWSERS = ['chrome', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** Bundle budgets in bytes (issue #4 design notes); the build reports them, test/extension checks them. */
export const BUNDLE_BUDGETS: Record<string, number> = { 'content.js': 200_000, 'background.js': 450_000, 'popup.js': 150_000 };

const ENTRIES = {
  content: 'src/content/index.ts',
  engine: 'src/engine/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/main.ts',
  options: 'src/options/options.ts',
  report: 'src/report-page/report.ts',
  history: 'src/history/history.ts',
};
const STATIC = [
  'src/engine/engine.html',
  'src/popup/popup.html',
  'src/popup/popup.css',
  'src/options/options.html',
  'src/options/options.css',
  'src/report-page/report.html',
  'src/report-page/report.css',
  'src/history/history.html',
  'src/history/history.css',
];
const ICON_SIZES = [16, 32, 48, 128];
const TARGETS: Record<BrowserName, string> = { chrome: 'chrome116', firefox: 'firefox140' };

type Json = { [key: string]: unknown };

/**
 * Browser patches override the base; nested objects merge, arrays and values replace, and an array
 * under `key+` is added to the base's `key` (Chrome's "permissions+": ["offscreen"]).
 */
export function mergeManifest(base: Json, patch: Json): Json {
  const out: Json = { ...base };
  for (const [name, value] of Object.entries(patch)) {
    const key = name.endsWith('+') ? name.slice(0, -1) : name;
    const prev = out[key];
    if (key !== name) {
      out[key] = [...(Array.isArray(prev) ? prev : []), ...(Array.isArray(value) ? value : [value])];
      continue;
    }
    out[key] = isObject(prev) && isObject(value) ? mergeManifest(prev, value) : value;
  }
  return out;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The report formatters (src/core/report/formats) are written in parallel with the extension: until
 * they exist, exports fail with a clear message instead of the whole project's build failing.
 */
const pendingFormats: esbuild.Plugin = {
  name: 'pending-formats',
  setup(build) {
    build.onResolve({ filter: /report\/formats\/index\.js$/ }, (args) => {
      const real = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (existsSync(real)) return undefined;
      console.warn('build-extension: src/core/report/formats/index.ts is missing; exports will fail until it lands');
      return { path: 'formats-pending', namespace: 'pending' };
    });
    build.onLoad({ filter: /.*/, namespace: 'pending' }, () => ({
      contents: "export function formatReport() { throw new Error('report formats are not built yet'); }",
      loader: 'js',
    }));
  },
};

/**
 * The chat vendor table ships without what only people read (its source, region and category):
 * the content script is injected on every click, and those fields are a third of the table.
 */
const vendorTableForRuntime: esbuild.Plugin = {
  name: 'vendor-table-for-runtime',
  setup(build) {
    build.onLoad({ filter: /chat[\\/]vendor-table\.json$/ }, (args) => {
      const rows = JSON.parse(readFileSync(args.path, 'utf8')) as Record<string, unknown>[];
      const slim = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !DOCUMENTATION_FIELDS.has(key))));
      return { contents: JSON.stringify(slim), loader: 'json' };
    });
  },
};
// hostFrom says how a row's host was found (vendors.ts); matching never reads it.
const DOCUMENTATION_FIELDS = new Set(['source', 'region', 'category', 'hostFrom']);

/**
 * The message catalogue: the extension bundles English and reads the browser's language through
 * browser.i18n (the _locales written below), instead of carrying every language in each bundle.
 */
const catalogueFromBrowser: esbuild.Plugin = {
  name: 'catalogue-from-browser',
  setup(build) {
    build.onResolve({ filter: /bundled-lookup\.js$/ }, (args) =>
      args.importer.includes(join('src', 'core', 'i18n')) ? { path: resolve('src/browser/bundled-lookup.ts') } : undefined,
    );
  },
};

async function bundle(browser: BrowserName, outdir: string, version: string): Promise<esbuild.Metafile> {
  const result = await esbuild.build({
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    // Classic scripts: a Chrome service worker, Firefox background scripts and executeScript files all accept them.
    format: 'iife',
    platform: 'browser',
    target: TARGETS[browser],
    define: { __BROWSER__: JSON.stringify(browser), __VERSION__: JSON.stringify(version) },
    metafile: true,
    // Minified, for size, not speed (measured, docs/building-from-source.md): content.js 692 KB minified,
    // 1,114 KB not (gzip 233 / 294 KB), popup.js 101 / 197 KB, so unminified bundles break the budgets above;
    // Chromium evaluates the minified content.js no faster (V8 parses lazily). A bundle is machine-generated code
    // for AMO whether minified or not, so the source archive (npm run package:source) is needed either way.
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [pendingFormats, vendorTableForRuntime, catalogueFromBrowser],
  });
  return result.metafile;
}

function writeManifest(browser: BrowserName, outdir: string, version: string): void {
  const read = (name: string) => JSON.parse(readFileSync(join('manifest', name), 'utf8')) as Json;
  const manifest = mergeManifest({ ...read('base.json'), version }, read(`${browser}.json`));
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function zipDir(dir: string, zipPath: string): void {
  const files: Record<string, Uint8Array> = {};
  for (const file of filesUnder(dir).sort()) files[relative(dir, file).split('\\').join('/')] = readFileSync(file);
  // A fixed mtime makes the zip reproducible: the same source gives the same bytes.
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
}

export async function buildExtension(version: string): Promise<void> {
  for (const browser of BROWSERS) {
    const outdir = join('dist', browser);
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(join(outdir, 'icons'), { recursive: true });
    // Where each bundle's bytes come from (esbuild's metafile), for anyone shrinking one.
    writeFileSync(join('dist', `metafile-${browser}.json`), JSON.stringify(await bundle(browser, outdir, version)));
    for (const file of STATIC) copyFileSync(file, join(outdir, file.split('/').pop() as string));
    for (const size of ICON_SIZES) writeFileSync(join(outdir, 'icons', `icon-${size}.png`), drawIcon(size));
    writeManifest(browser, outdir, version);
    writeLocales(outdir);
    zipDir(outdir, join('dist', `contact-audit-${browser}-${version}.zip`));
    const sizes = Object.keys(ENTRIES).map((name) => {
      const bytes = statSync(join(outdir, `${name}.js`)).size;
      const budget = BUNDLE_BUDGETS[`${name}.js`];
      return `${name}.js ${(bytes / 1000).toFixed(0)} KB${budget && bytes > budget ? ` (OVER the ${budget / 1000} KB budget)` : ''}`;
    });
    console.error(`extension ${browser}: ${sizes.join(', ')}`);
  }
}
