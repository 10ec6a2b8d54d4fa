// Runs a Node program in this process and prints its peak resident memory when it exits:
// `node bench/measure-rss.mjs <script> [args...]`. Portable where /usr/bin/time is not installed.
// Also prints the largest V8 heap seen (sampled every 50 ms): RSS over the heap is buffers, code
// and the allocator's free pages, heap over the data kept is garbage not yet collected.
import { resolve } from 'node:path';
import { setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
let maxHeap = 0;
const sample = () => (maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed));
// unref: the sampler must not keep the program alive once it is done.
setInterval(sample, 50).unref();
process.on('exit', () => {
  sample();
  process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\nmaxHeapKB=${Math.round(maxHeap / 1024)}\n`);
});
await import(pathToFileURL(resolve(script)).href);
