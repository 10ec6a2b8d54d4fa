import * as cheerio from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { indexDom, isJsonLd, textOf, type DomIndex } from './dom.js';
import { readJsonLd, type JsonLdScript } from './json-ld.js';
import { parkedAttributeNames, parkedSrc } from './parked-src.js';
import { hiddenTextBlocks, textBlocks, type TextBlock } from './text-blocks.js';

/**
 * A page parsed once and shared by every extractor. cheerio everywhere: the MV3 service worker
 * has no DOMParser, and one parser means the CLI, the extension and the tests see the same tree.
 * 'cheerio/slim' parses with htmlparser2, not parse5: on the labelled corpora the findings are the
 * same to the last one, the whole per-page work runs about 1.5x faster, the content script is
 * 305 KB lighter, and the parse stays linear on deeply nested pages (parse5's tree builder checks
 * the open-element stack for every tag: 30,000 nested <div>s took 13 s). Measured in the README.
 */
export interface ParsedPage {
  url: string;
  $: CheerioAPI;
  title: string;
  /** Lower-cased primary language subtag from <html lang> or content-language meta ('' if none). */
  lang: string;
  /** Country for phone parsing: set by the caller (override) or inferred (see locale/infer-country.ts). */
  country?: string;
  /** Visible text split into blocks, in document order (computed lazily, once). */
  readonly blocks: TextBlock[];
  /** Text in hidden tabs and accordions, a click away (computed lazily, once); flagged 'collapsed'. */
  readonly hiddenBlocks: TextBlock[];
  /**
   * Every element in document order, as `$('*')` finds them: computed once, in one walk shared by
   * every extractor instead of a `$(selector)` query over the whole tree each (the title and
   * language are read from it, so it is built with the page).
   */
  readonly elements: readonly Element[];
  /** Elements with this tag name (lower case), in document order: `$('img')` without the query. */
  byTag(name: string): readonly Element[];
  /** <a href> and <area href> elements in document order: `$('a[href], area[href]')` without the query. */
  readonly links: readonly Element[];
  /** The page's JSON-LD scripts, each parsed once (strictly) for every extractor that reads them. */
  readonly jsonLd: readonly JsonLdScript[];
  /** Every attribute name used on the page: a scan for a rare attribute (data-cfemail, itemprop) can stop early. */
  readonly attributeNames: ReadonlySet<string>;
  /** Elements with inline script in document order: an on* event handler, or an href starting "javascript:". */
  readonly withHandlers: readonly Element[];
  /** The URL relative links resolve against, as a browser has it: the first <base href>, else the page's URL. */
  readonly baseUrl: string;
  /**
   * A link's target resolved against baseUrl, parsed once per page and href for every reader (the
   * crawl's links, help desks, messaging apps); undefined unless http(s). Shared: never changed.
   */
  resolveLink(href: string): Readonly<URL> | undefined;
  /** The URL a script or frame loads, or will once a consent manager or lazy loader lets it (parked-src.ts). */
  loadsFrom(el: Element): string | undefined;
}

const NONE: readonly Element[] = Object.freeze([]);

export function parsePage(url: string, html: string, opts: { country?: string } = {}): ParsedPage {
  const $ = cheerio.load(html);
  let index: DomIndex | undefined;
  const dom = () => (index ??= indexDom($.root()[0]!));
  const byTag = (name: string) => dom().byTag.get(name) ?? NONE;
  const titles = byTag('title');
  const headTitle = titles.find((t) => t.parent?.type === 'tag' && (t.parent as Element).name === 'head');
  const title = collapse((headTitle && textOf(headTitle)) || (titles[0] ? textOf(titles[0]) : ''));
  const langAttr = rawLang(byTag);
  const lang = (langAttr.split(/[-_,;\s]/)[0] ?? '').toLowerCase();
  let blocks: TextBlock[] | undefined;
  let hiddenBlocks: TextBlock[] | undefined;
  let links: Element[] | undefined;
  let jsonLd: JsonLdScript[] | undefined;
  let baseUrl: string | undefined;
  let parkedNames: string[] | undefined;
  const resolved = new Map<string, URL | null>();
  const base = () => (baseUrl ??= documentBase(url, byTag));
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
      hiddenBlocks ??= hiddenTextBlocks($, dom().hiddenRoots);
      return hiddenBlocks;
    },
    get elements() {
      return dom().elements;
    },
    byTag,
    get attributeNames() {
      return dom().attributeNames;
    },
    get withHandlers() {
      return dom().withHandlers;
    },
    get links() {
      links ??= dom().elements.filter((el) => (el.name === 'a' || el.name === 'area') && el.attribs.href !== undefined);
      return links;
    },
    get baseUrl() {
      return base();
    },
    resolveLink(href) {
      let u = resolved.get(href);
      if (u === undefined) {
        u = webUrl(href, base()) ?? null;
        resolved.set(href, u);
      }
      return u ?? undefined;
    },
    loadsFrom(el) {
      parkedNames ??= parkedAttributeNames(dom().attributeNames);
      return parkedSrc(el.attribs, parkedNames);
    },
    get jsonLd() {
      jsonLd ??= readJsonLd(byTag('script').filter(isJsonLd));
      return jsonLd;
    },
  };
}

/** The first <base href> resolved against the page's URL; one that does not resolve is ignored. */
function documentBase(pageUrl: string, byTag: (name: string) => readonly Element[]): string {
  const href = byTag('base').find((el) => el.attribs.href !== undefined)?.attribs.href;
  if (!href) return pageUrl;
  try {
    return new URL(href.trim(), pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** An http(s) URL, or undefined (mailto:, javascript:, unparsable). */
function webUrl(href: string, base: string): URL | undefined {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** <html lang>, else the content-language meta, as written ('' if neither). */
export function rawLang(byTag: (name: string) => readonly Element[]): string {
  const html = byTag('html')[0];
  const meta = () => byTag('meta').find((m) => m.attribs['http-equiv']?.toLowerCase() === 'content-language')?.attribs.content;
  return html?.attribs.lang || meta() || '';
}

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
