import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as z from 'zod';
import type { EvalCase, EvalKind, Labels } from './types.js';

/**
 * The project's own fixture sites (fixtures/<site>/ with expected.json, see fixtures/README.md) as
 * eval cases: every page of a site is read (no crawl, so depth is not checked here; the fixture
 * tests do that) and the findings are pooled per site. Expected phone and fax values are E.164, an
 * address is words that must appear. Phones count false hits only where the site says
 * "noOtherPhones"; faxes and addresses only count misses, as expected.json lists just the ones that
 * matter. Only the fields read here are checked; test/support/expected-schema.ts is the full format.
 */

const Expected = z.object({
  options: z.object({ country: z.string().length(2).optional() }).partial().optional(),
  findings: z.array(z.object({ kind: z.string(), value: z.string().optional() })),
  noOtherPhones: z.boolean().optional(),
});

/** Pages read per site at most: fixture sites have 3 to 10. */
const MAX_PAGES = 50;

export async function fixtureCases(root: string): Promise<EvalCase[]> {
  const out: EvalCase[] = [];
  const sites = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const site of sites) {
    let raw: string;
    try {
      raw = await readFile(join(root, site, 'expected.json'), 'utf8');
    } catch {
      continue; // A site still being written.
    }
    const expected = Expected.safeParse(JSON.parse(raw));
    if (!expected.success) {
      console.error(`fixtures/${site}/expected.json: ${expected.error.message}`);
      continue;
    }
    const origin = `http://${site}.fixture.example`;
    const files = (await htmlFiles(join(root, site))).slice(0, MAX_PAGES);
    const pages = await Promise.all(
      files.map(async (file) => ({ url: `${origin}/${pagePath(relative(join(root, site), file))}`, html: await readFile(file, 'utf8') })),
    );
    out.push({
      id: `fixtures/${site}`,
      site,
      pages,
      labels: fixtureLabels(expected.data.findings),
      country: expected.data.options?.country,
      partialKinds: ['fax', 'address', ...(expected.data.noOtherPhones ? [] : (['phone'] as EvalKind[]))],
    });
  }
  return out;
}

export function fixtureLabels(findings: { kind: string; value?: string }[]): Labels {
  const labels: Labels = { tel: [], fax: [], street: [] };
  for (const f of findings) {
    if (!f.value) continue;
    if (f.kind === 'phone') labels.tel.push({ text: f.value });
    else if (f.kind === 'fax') labels.fax.push({ text: f.value });
    else if (f.kind === 'address') labels.street.push({ text: f.value, match: 'all-words' });
  }
  return labels;
}

/** "index.html" is the site root; "about/company.html" stays as it is (served as a file). */
function pagePath(file: string): string {
  const path = file.split(/[\\/]/).join('/');
  return path === 'index.html' ? '' : path;
}

/** HTML files under a folder, the start page (index.html) first. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const index = join(dir, 'index.html');
  return [...files.filter((f) => f === index), ...files.filter((f) => f !== index)];
}
