// Run under valgrind by bench/instructions-bench.ts (bundled first): one pass of `argv[2]` over the
// extraction benchmark's pages. 'none' loads the same code and reads the pages only, so the caller
// can subtract what starting Node and loading the modules cost.
import * as cheerio from 'cheerio/slim';
import { analyzePage } from '../src/core/analyze-page.js';
import { benchPages } from './extraction-bench.js';

const mode = process.argv[2];
const pages = benchPages();
let findings = 0;
for (const page of pages) {
  if (mode === 'analyze') findings += analyzePage(page.url, page.html).findings.length;
  else if (mode === 'parse') findings += cheerio.load(page.html).root().length;
}
process.stdout.write(`${mode} ${pages.length} pages ${findings}\n`);
