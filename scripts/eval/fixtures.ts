import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as z from 'zod';
import type { FindingKind } from '../../src/core/types.js';
import type { Expectation, SiteCase } from './site-score.js';

/**
 * The project's own fixture sites (fixtures/<site>/ with expected.json, see fixtures/README.md) as
 * eval cases: every page of a site is read (no crawl, so depth, role and sitemap-only are not
 * checked here; test/cli/fixture-sites.test.ts does that) and the findings are pooled per site.
 * A kind is labelled in full where the site says so (noOtherPhones, noOtherEmails, noOtherForms);
 * other kinds list only what matters, so their extra findings are "unlabelled", not false hits.
 * Only the fields read here are checked; test/support/expected-schema.ts is the full format.
 */

/** The kinds scored on fixture sites. */
export const FIXTURE_KINDS = ['phone', 'fax', 'address', 'email', 'chat', 'messaging', 'form', 'helpdesk', 'gate'] as const satisfies readonly FindingKind[];

const Expected = z.object({
  options: z
    .object({ country: z.string().length(2).optional() })
    .partial()
    .optional(),
  findings: z.array(z.object({ kind: z.string(), value: z.string().optional(), flags: z.array(z.string()).optional() })),
  noOtherPhones: z.boolean().optional(),
  noOtherEmails: z.boolean().optional(),
  noOtherForms: z.boolean().optional(),
});
export type ExpectedJson = z.infer<typeof Expected>;

/** Pages read per site at most: fixture sites have 3 to 10. */
const MAX_PAGES = 50;

export async function fixtureSites(root: string): Promise<SiteCase[]> {
  const out: SiteCase[] = [];
  const sites = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
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
    out.push({ id: `fixtures/${site}`, site, pages, ...fixtureLabels(expected.data) });
  }
  return out;
}

/** What a site's expected.json says, as labels: its findings of the scored kinds, and which kinds it lists in full. */
export function fixtureLabels(e: ExpectedJson): Pick<SiteCase, 'expected' | 'strict' | 'kinds' | 'country'> {
  const kinds: readonly FindingKind[] = FIXTURE_KINDS;
  const expected: Expectation[] = e.findings
    .filter((f): f is typeof f & { kind: FindingKind } => kinds.includes(f.kind as FindingKind))
    .map((f) => ({ kind: f.kind, value: f.value, flags: f.flags }));
  const strict: FindingKind[] = [];
  if (e.noOtherPhones) strict.push('phone');
  if (e.noOtherEmails) strict.push('email');
  if (e.noOtherForms) strict.push('form');
  return { expected, strict, kinds, country: e.options?.country };
}

/** "index.html" is the site root; "about/company.html" stays as it is (served as a file). */
function pagePath(file: string): string {
  const path = file.split(/[\\/]/).join('/');
  return path === 'index.html' ? '' : path;
}

/** HTML files under a folder, the start page (index.html) first. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const index = join(dir, 'index.html');
  return [...files.filter((f) => f === index), ...files.filter((f) => f !== index)];
}
