// `npm run demo`: audit the bundled demo vendor (fixtures/demo-vendor, "Acme Outdoor Gear") with the
// built CLI, on 127.0.0.1 only, so it works without internet. The user sees the CLI's progress on
// stderr and its terminal summary on stdout (the text format, also when piped); the demo exits with
// the CLI's exit code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveFixture } from './lib/serve-fixture.js';

const bin = fileURLToPath(new URL('../bin/contact-audit.js', import.meta.url));

const server = await serveFixture('demo-vendor');
const url = `${server.origin}/`;
process.stderr.write(`Demo: serving fixtures/demo-vendor (Acme Outdoor Gear) at ${url}\n`);
process.stderr.write(`Demo: running contact-audit ${url} --format text\n\n`);

const child = spawn(process.execPath, [bin, url, '--format', 'text'], { stdio: 'inherit' });
// Ctrl-C reaches the CLI too (same process group): wait for it to finish rather than dying first.
const ignoreInterrupt = () => undefined;
process.on('SIGINT', ignoreInterrupt);

const code = await new Promise<number>((resolve) => {
  child.on('error', (err) => {
    process.stderr.write(`Demo: could not start the CLI: ${err.message}\n`);
    resolve(1);
  });
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
});

process.off('SIGINT', ignoreInterrupt);
await server.close();
process.exit(code);
