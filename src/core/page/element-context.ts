import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { closestElement, descendants, findFirst, textOf } from './dom.js';
import { collapse } from './parsed-page.js';

/**
 * The words around an element that say what it is for: its own block's text, the nearest heading
 * above it (walking back through earlier siblings and up through ancestors), and an aria/title label.
 * The role classifier reads these; extractors attach `near` to findings as evidence.
 */
export interface ElementContext {
  /** Text of the element's block, trimmed to ~160 chars. */
  near: string;
  /** Nearest heading (h1–h6, or a <dt>/<th>/<strong> used as one) before the element. */
  heading: string;
  /** aria-label, title or <legend> of the element or its form/section. */
  label: string;
}

/** Headings: h1–h6 or [role=heading] (what `$sib.is('h1,…,h6,[role=heading]')` matched, without the selector). */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const WEAK_HEADING = new Set(['dt', 'th', 'strong', 'b', 'legend', 'caption']);
const LABEL_SCOPE = new Set(['form', 'section', 'fieldset']);
/** How many earlier siblings to look back through per ancestor: a bound on work per finding. */
const MAX_SIBLINGS = 12;
const MAX_ANCESTORS = 8;

/*
 * Memoised per element (the tree is not changed after parsing): extractors ask for the context of
 * the same block, link or form many times, and neighbouring elements share the siblings looked at.
 */
const HEADINGS = new WeakMap<Element, string>();
const LABELS = new WeakMap<Element, string>();
const TEXTS = new WeakMap<Element, string>();
const LAST_HEADING_INSIDE = new WeakMap<Element, Element | null>();
const LEGENDS = new WeakMap<Element, string>();

export function elementContext(_$: CheerioAPI, el: Element, blockText?: string): ElementContext {
  const near = clip(blockText ?? collapsedText(el), 160);
  // The label is read lazily: most callers want only the near text and the heading.
  return {
    near,
    heading: nearestHeading(el),
    get label() {
      return labelOf(el);
    },
  };
}

function labelOf(el: Element): string {
  let label = LABELS.get(el);
  if (label === undefined) {
    const attribs = el.attribs ?? {};
    let raw = attribs['aria-label'] || attribs.title || '';
    if (!raw) {
      const scope = closestElement(el, (e) => LABEL_SCOPE.has(e.name));
      raw = scope ? legendOf(scope) : '';
    }
    label = clip(collapse(raw), 120);
    LABELS.set(el, label);
  }
  return label;
}

/** Text of the first <legend> inside a form, section or fieldset: every element in it asks. */
function legendOf(scope: Element): string {
  let text = LEGENDS.get(scope);
  if (text === undefined) {
    const legend = findFirst(scope, (e) => e.name === 'legend');
    text = legend ? textOf(legend) : '';
    LEGENDS.set(scope, text);
  }
  return text;
}

/** `collapse($(el).text())`, memoised per element: links in one block all ask for its text. */
export function collapsedText(el: Element): string {
  let text = TEXTS.get(el);
  if (text === undefined) {
    text = collapse(textOf(el));
    TEXTS.set(el, text);
  }
  return text;
}

function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.name) || el.attribs?.role === 'heading';
}

/** The last heading among an element's descendants, in document order (`$el.find(HEADING).last()`). */
function lastHeadingInside(el: Element): Element | null {
  let found = LAST_HEADING_INSIDE.get(el);
  if (found === undefined) {
    found = null;
    for (const d of descendants(el)) if (isHeading(d)) found = d;
    LAST_HEADING_INSIDE.set(el, found);
  }
  return found;
}

function nearestHeading(el: Element): string {
  let heading = HEADINGS.get(el);
  if (heading === undefined) {
    // In a table cell, the column's header ("Sales | Support" over the numbers) says what the cell is
    // for, beside the heading above the table ("Our offices").
    const column = columnHeader(el);
    const above = findNearestHeading(el);
    heading = column && column !== above ? clip(above ? `${column} · ${above}` : column, 120) : above;
    HEADINGS.set(el, heading);
  }
  return heading;
}

/** The <th> over a <td>'s column, in the table's first row of headers; '' when there is none. */
function columnHeader(el: Element): string {
  const cell = closestElement(el, (e) => e.name === 'td');
  const row = cell?.parent;
  if (!cell || !row || row.type !== 'tag' || (row as Element).name !== 'tr') return '';
  const cells = (row as Element).children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
  const index = cells.indexOf(cell);
  const table = closestElement(row as Element, (e) => e.name === 'table');
  if (index < 0 || !table) return '';
  const headerRow = findFirst(table, (e) => e.name === 'tr' && e.children.some((c) => c.type === 'tag' && (c as Element).name === 'th'));
  if (!headerRow || headerRow === row) return '';
  const headers = headerRow.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
  const th = headers[index];
  return th && th.name === 'th' ? clip(collapsedText(th), 80) : '';
}

function findNearestHeading(el: Element): string {
  let node: Element | null = el;
  let weak = '';
  for (let up = 0; node && up < MAX_ANCESTORS; up++, node = node.parent as Element | null) {
    if (node.type !== 'tag') break;
    let sib = node.prev;
    for (let i = 0; sib && i < MAX_SIBLINGS; i++, sib = sib.prev) {
      if (sib.type !== 'tag') continue;
      const s = sib as Element;
      if (isHeading(s)) return clip(collapsedText(s), 120);
      const inner = lastHeadingInside(s);
      if (inner) return clip(collapsedText(inner), 120);
      if (!weak && WEAK_HEADING.has(s.name)) weak = clip(collapsedText(s), 120);
    }
  }
  return weak;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
