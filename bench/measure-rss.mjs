// Runs a Node program in this process and prints its peak resident memory when it exits:
// `node bench/measure-rss.mjs <script> [args...]`. Portable where /usr/bin/time is not installed.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
