import * as cheerio from 'cheerio';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHtml } from './decode.js';
import type { EvalCase, Labels } from './types.js';

/**
 * The webstruct corpus (one folder per site, saved pages with WebAnnotator spans): read each page,
 * collect the TEL / FAX / STREET labels, and give back the page as it was before labelling.
 */

const LABEL_TYPES = { TEL: 'tel', FAX: 'fax', STREET: 'street' } as const;

export async function webstructCases(dir: string): Promise<EvalCase[]> {
  const out: EvalCase[] = [];
  const sites = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const site of sites) {
    const files = (await readdir(join(dir, site))).filter((f) => /\.html?$/i.test(f)).sort(byNumber);
    for (const file of files) {
      const bytes = await readFile(join(dir, site, file));
      out.push(webstructCase(`${site}/${file}`, site, decodeHtml(bytes)));
    }
  }
  return out;
}

export function webstructCase(id: string, site: string, labelled: string): EvalCase {
  const $ = cheerio.load(labelled);
  const labels = collectLabels($);
  // Unwrap every annotation span (keeping its text) and drop the annotator's own elements.
  $('wa-color, wa-title').remove();
  $('span[wa-type]')
    .get()
    .reverse()
    .forEach((el) => {
      $(el).replaceWith($(el).contents());
    });
  const base = $('base[href]').attr('href');
  return { id, url: absoluteOr(base, `http://${site}/${id.split('/').pop() ?? ''}`), html: $.html(), labels };
}

/**
 * Label texts by type. Consecutive spans sharing a wa-id are one label split by markup ("+1" and
 * "408-985-2034"), so their texts are joined; the same id further on is another session's label.
 */
export function collectLabels($: cheerio.CheerioAPI): Labels {
  const labels: Labels = { tel: [], fax: [], street: [] };
  const found: { type: keyof Labels; parts: string[] }[] = [];
  let lastKey = '';
  $('span[wa-type]').each((_, el) => {
    const type = LABEL_TYPES[($(el).attr('wa-type') ?? '') as keyof typeof LABEL_TYPES];
    const key = `${type}:${$(el).attr('wa-id') ?? ''}`;
    const previous = lastKey;
    lastKey = type ? key : '';
    if (!type) return;
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    const last = found[found.length - 1];
    if (key === previous && last) last.parts.push(text);
    else found.push({ type, parts: [text] });
  });
  for (const { type, parts } of found) {
    const text = parts.join(' ').trim();
    if (text) labels[type].push(text);
  }
  return labels;
}

function absoluteOr(href: string | undefined, fallback: string): string {
  try {
    return href ? new URL(href).href : fallback;
  } catch {
    return fallback;
  }
}

function byNumber(a: string, b: string): number {
  return (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0) || a.localeCompare(b);
}
