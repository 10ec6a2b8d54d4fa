// One build for everything: the CLI bundles now; the extension's dist/chrome and dist/firefox are
// added by scripts/build-extension.ts (minified there). The CLI bundle is not minified: it runs
// from disk, where size costs nothing, and its stack traces stay readable.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

async function buildCli(): Promise<void> {
  await esbuild.build({
    // The command, and the audit thread it starts for batches (src/cli/audit-workers.ts).
    entryPoints: { 'contact-audit': 'src/cli/main.ts', 'audit-worker': 'src/cli/audit-worker.ts' },
    outdir: 'dist/cli',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    define: { __VERSION__: JSON.stringify(pkg.version) },
    // Node ESM bundles need a require() for the few CJS dependencies esbuild inlines.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  await buildCli();
  try {
    const ext = await import('./build-extension.js');
    await ext.buildExtension(pkg.version);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
  }
  console.error(`built in ${Date.now() - started} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
