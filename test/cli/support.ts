// runCli in this process with streams a test chooses (a terminal or a pipe) and reads back.
import { Readable } from 'node:stream';
import type { CliIo, OutStream } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export interface Captured extends OutStream {
  text: string;
}

export function capture(isTTY: boolean): Captured {
  const out: Captured = {
    text: '',
    isTTY,
    columns: 100,
    write(chunk: string) {
      out.text += chunk;
      return true;
    },
  };
  return out;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `tty`: whether stdout and stderr are terminals. `env` replaces the environment (no LANG, no NO_COLOR unless given). */
export async function runWith(argv: string[], opts: { tty?: boolean; env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  const stdout = capture(opts.tty ?? false);
  const stderr = capture(opts.tty ?? false);
  const io: CliIo = { stdin: Readable.from([Buffer.from(opts.stdin ?? '')]), stdout, stderr, env: opts.env ?? {} };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
