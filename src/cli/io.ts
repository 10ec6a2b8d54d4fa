// The CLI's streams and environment, passed in rather than taken from `process`, so a test can run
// runCli with a terminal or a pipe of its choosing and read what was written.
import type { Env } from './lang.js';

export interface OutStream {
  write(chunk: string): unknown;
  /** True for a terminal: stdout gets the human summary, stderr a bar redrawn in place. */
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: OutStream;
  stderr: OutStream;
  env: Env;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** All of a stream, as UTF-8 text (the URLs of `contact-audit -`). */
export async function readText(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
