// The built CLI run as a child process (this test process serves the sites), and a port nothing
// listens on: shared by the hostile CLI tests.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN = join(ROOT, 'bin/contact-audit.js');
export const BUNDLE = join(ROOT, 'dist/cli/contact-audit.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run the CLI asynchronously (this process serves the test sites), in `cwd`, with HOME and TMPDIR under `sandbox`. */
export function cli(args: string[], sandbox?: string): Promise<Run> {
  const started = Date.now();
  const cwd = sandbox ? join(sandbox, 'cwd') : ROOT;
  const env = { ...process.env };
  if (sandbox)
    Object.assign(env, {
      HOME: join(sandbox, 'home'),
      TMPDIR: join(sandbox, 'tmp'),
      XDG_CACHE_HOME: join(sandbox, 'cache'),
      XDG_CONFIG_HOME: join(sandbox, 'config'),
    });
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 30_000, maxBuffer: 20_000_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A port nothing listens on: bound, then released. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}
