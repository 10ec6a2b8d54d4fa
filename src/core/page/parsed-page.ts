import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { hiddenTextBlocks, textBlocks, type TextBlock } from './text-blocks.js';

/**
 * A page parsed once and shared by every extractor. cheerio everywhere: the MV3 service worker
 * has no DOMParser, and one parser means the CLI, the extension and the tests see the same tree.
 */
export interface ParsedPage {
  url: string;
  $: CheerioAPI;
  title: string;
  /** Lower-cased primary language subtag from <html lang> or content-language meta ('' if none). */
  lang: string;
  /** Country for phone parsing: set by the caller (override) or inferred (see page/infer-country.ts). */
  country?: string;
  /** Visible text split into blocks, in document order (computed lazily, once). */
  readonly blocks: TextBlock[];
  /** Text in hidden tabs and accordions, a click away (computed lazily, once); flagged 'collapsed'. */
  readonly hiddenBlocks: TextBlock[];
}

export function parsePage(url: string, html: string, opts: { country?: string } = {}): ParsedPage {
  const $ = cheerio.load(html);
  const title = collapse($('head > title').first().text() || $('title').first().text());
  const langAttr = $('html').attr('lang') || $('meta[http-equiv="content-language" i]').attr('content') || '';
  const lang = (langAttr.split(/[-_,;\s]/)[0] ?? '').toLowerCase();
  let blocks: TextBlock[] | undefined;
  let hiddenBlocks: TextBlock[] | undefined;
  return {
    url,
    $,
    title,
    lang,
    country: opts.country,
    get blocks() {
      blocks ??= textBlocks($);
      return blocks;
    },
    get hiddenBlocks() {
      hiddenBlocks ??= hiddenTextBlocks($);
      return hiddenBlocks;
    },
  };
}

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
