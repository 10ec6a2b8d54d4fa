import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as z from 'zod';
import type { SiteCase } from './site-score.js';

/**
 * Labelled single pages the project wrote itself, each page one case:
 *  - chat: every page in test/fixtures/chat/ shows its vendor's widget (the file name is the vendor
 *    id); every page in test/fixtures/chat-negatives/ has no widget at all, only words, links and
 *    other scripts that name vendors. Chat is labelled in full on both.
 *  - forms: test/fixtures/forms/labels.json names, per page, the path of each contact form on it
 *    (its action, or the page's own path when the form posts to itself); [] for a page with none
 *    (search, sign-in, newsletter, checkout...). Forms are labelled in full.
 */

/** Where a labelled page is said to live: form actions resolve against it. */
export const PAGE_ORIGIN = 'https://acme-outdoor.test';

export async function chatCases(positives: string, negatives: string): Promise<SiteCase[]> {
  const out: SiteCase[] = [];
  for (const [dir, positive] of [
    [positives, true],
    [negatives, false],
  ] as const) {
    for (const file of await htmlIn(dir)) {
      const id = basename(file, '.html');
      out.push({
        id: `${basename(dir)}/${id}.html`,
        site: id,
        pages: [{ url: `${PAGE_ORIGIN}/`, html: await readFile(file, 'utf8') }],
        expected: positive ? [{ kind: 'chat', value: id }] : [],
        strict: ['chat'],
        kinds: ['chat'],
      });
    }
  }
  return out;
}

export const CountryLabels = z.record(
  z.string().regex(/^[a-z]{2}\.html$/),
  z.object({ url: z.url(), phones: z.array(z.string().startsWith('+')), addresses: z.array(z.string().min(3)) }),
);

/**
 * test/fixtures/countries: one contact page per country in its own conventions (README there),
 * read under its country's URL; phones and addresses labelled in full.
 */
export async function countryCases(dir: string): Promise<SiteCase[]> {
  const labels = CountryLabels.parse(JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')));
  return Promise.all(
    Object.entries(labels)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([file, label]) => ({
        id: `countries/${file}`,
        site: file.slice(0, 2).toUpperCase(),
        pages: [{ url: label.url, html: await readFile(join(dir, file), 'utf8') }],
        expected: [
          ...label.phones.map((value) => ({ kind: 'phone' as const, value })),
          ...label.addresses.map((value) => ({ kind: 'address' as const, value })),
        ],
        strict: ['phone' as const, 'address' as const],
        kinds: ['phone' as const, 'address' as const],
      })),
  );
}

export const FormLabels = z.record(z.string().regex(/\.html$/), z.array(z.string().startsWith('/')));

export async function formCases(dir: string): Promise<SiteCase[]> {
  const labels = FormLabels.parse(JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')));
  const files = (await htmlIn(dir)).map((f) => basename(f));
  const unlabelled = files.filter((f) => !(f in labels));
  const missing = Object.keys(labels).filter((f) => !files.includes(f));
  if (unlabelled.length || missing.length) {
    throw new Error(`${dir}/labels.json: pages without a label: ${unlabelled.join(', ') || '-'}; labels without a page: ${missing.join(', ') || '-'}`);
  }
  return Promise.all(
    Object.entries(labels)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([file, paths]) => ({
        id: `forms/${file}`,
        site: file,
        pages: [{ url: `${PAGE_ORIGIN}/${file}`, html: await readFile(join(dir, file), 'utf8') }],
        expected: paths.map((value) => ({ kind: 'form' as const, value })),
        strict: ['form' as const],
        kinds: ['form' as const],
      })),
  );
}

async function htmlIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}
