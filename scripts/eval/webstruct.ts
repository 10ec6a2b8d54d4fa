import * as cheerio from 'cheerio';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnyNode, Element, Text } from 'domhandler';
import { decodeHtml } from './decode.js';
import type { EvalCase, Labels } from './types.js';

/**
 * The webstruct corpus (one folder per site, saved pages with WebAnnotator spans): read each page,
 * collect the TEL / FAX / STREET labels, and give back the page as it was before labelling.
 */

const LABEL_TYPES = { TEL: 'tel', FAX: 'fax', STREET: 'street' } as const;

export async function webstructCases(dir: string): Promise<EvalCase[]> {
  const out: EvalCase[] = [];
  const sites = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
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
  const url = absoluteOr(base, `http://${site}/${id.split('/').pop() ?? ''}`);
  return { id, site, pages: [{ url, html: $.html() }], labels };
}

/**
 * Label texts by type. Consecutive spans sharing a wa-id are one label split by markup ("+1" and
 * "408-985-2034"), so their texts are joined; the same id further on is another session's label.
 */
export function collectLabels($: cheerio.CheerioAPI): Labels {
  const labels: Labels = { tel: [], fax: [], street: [] };
  const found: { type: keyof Labels; parts: string[]; hidden: boolean }[] = [];
  let lastKey = '';
  $('span[wa-type]').each((_, el) => {
    const type = LABEL_TYPES[($(el).attr('wa-type') ?? '') as keyof typeof LABEL_TYPES];
    const key = `${type}:${$(el).attr('wa-id') ?? ''}`;
    const previous = lastKey;
    lastKey = type ? key : '';
    if (!type) return;
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    const last = found[found.length - 1];
    if (key === previous && last) last.parts.push(text);
    else found.push({ type, parts: [text], hidden: isHidden($, el) });
  });
  for (const { type, parts, hidden } of found) {
    const text = parts.join(' ').trim();
    if (text) labels[type].push(hidden ? { text, hidden } : { text });
  }
  return labels;
}

/** An element's text with a space for each <br>, so a multi-line label keeps its word breaks. */
function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as Text).data;
  if (node.type !== 'tag') return '';
  const el = node as Element;
  if (el.name.toLowerCase() === 'br') return ' ';
  return el.children.map(textOf).join('');
}

/** The same hiding the engine's text reader honours (page/text-blocks.ts): hidden attribute, inline
 *  display:none / visibility:hidden, and elements whose text is never shown. */
function isHidden($: cheerio.CheerioAPI, el: Element): boolean {
  return $(el)
    .parents()
    .addBack()
    .get()
    .some((n) => {
      const node = n as Element;
      if (node.type !== 'tag') return false;
      const style = node.attribs.style ?? '';
      return (
        node.attribs.hidden !== undefined ||
        /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) ||
        /^(?:noscript|script|template|select|option|textarea|button|title|head)$/i.test(node.name)
      );
    });
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
