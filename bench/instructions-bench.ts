// Instructions, not milliseconds: the extraction benchmark counted by valgrind's cachegrind, which is
// deterministic (two runs of the same build agree to 0.02%), where wall time on a shared 2-core
// machine moves ±10% between runs and hides a change of a few percent. Needs valgrind (apt-get install
// valgrind); without it the part says so and measures nothing. `npm run bench -- --only instructions`.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';

const run = promisify(execFile);

export interface InstructionsBench {
  /** Instructions (billions) of one pass over the pages, what starting Node and loading the code cost taken off. */
  analyzeG: number;
  parseOnlyG: number;
  /** parse-only over the whole per-page work: the extraction ratio, counted. */
  ratio: number;
}

async function valgrindAvailable(): Promise<boolean> {
  try {
    await run('valgrind', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** cachegrind's "I refs" for one run of the bundle in `mode`. --single-threaded: no compiler or GC threads to count. */
async function instructions(bundle: string, mode: string): Promise<number> {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', '--smc-check=all-non-file'];
  const { stderr } = await run('valgrind', [...args, process.execPath, '--single-threaded', bundle, mode], { maxBuffer: 1 << 24 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
  if (!refs) throw new Error(`no instruction count from valgrind:\n${stderr.slice(-500)}`);
  return Number(refs.replace(/,/g, ''));
}

/** The count, or why there is none: a missing or failing valgrind must not stop the rest of the bench. */
export async function instructionsBench(): Promise<InstructionsBench | { skipped: string }> {
  if (!(await valgrindAvailable())) return { skipped: 'valgrind is not installed' };
  try {
    return await countInstructions();
  } catch (err) {
    return { skipped: `valgrind failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

async function countInstructions(): Promise<InstructionsBench> {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-instructions-'));
  try {
    const bundle = join(dir, 'harness.mjs');
    await esbuild.build({
      entryPoints: ['bench/instructions-harness.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'warning',
    });
    // Two at a time: the counts do not depend on what else runs.
    const [none, parse] = await Promise.all([instructions(bundle, 'none'), instructions(bundle, 'parse')]);
    const analyze = await instructions(bundle, 'analyze');
    const g = (n: number) => Number(((n - none) / 1e9).toFixed(2));
    return { analyzeG: g(analyze), parseOnlyG: g(parse), ratio: Number(((parse - none) / (analyze - none)).toFixed(3)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
