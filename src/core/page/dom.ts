import type { AnyNode, Element } from 'domhandler';

/**
 * One walk over the parsed tree, shared by every extractor (see ParsedPage.elements): a `$('a[href]')`
 * per extractor is a full-tree walk plus a selector compile each time, and most pages are small
 * enough that a list of their elements is cheaper than any query. Plain functions over domhandler
 * nodes with the same semantics as the cheerio calls they replace.
 */
export interface DomIndex {
  /** Every element (tags, <script>, <style>) in document order, template contents included, as `$('*')` finds them. */
  elements: Element[];
  /** The same elements by tag name, each list in document order. */
  byTag: Map<string, Element[]>;
  /** Outermost hidden elements (see hidden.ts), outside <head>, not themselves skipped (script, style...). */
  hiddenRoots: Element[];
  /** Every attribute name on the page: an extractor looking for a rare attribute stops here when it is absent. */
  attributeNames: Set<string>;
  /** Elements with inline script: an on* event handler attribute, or an href starting "javascript:". */
  withHandlers: Element[];
}

/** Elements whose hidden content the hidden-text reader does not walk (text-blocks.ts SKIP). */
const HIDDEN_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'select', 'option', 'textarea', 'button']);

const EVENT_HANDLER = /^on[a-z]+$/i;
const JAVASCRIPT_URL = /^\s*javascript:/i;
const HIDDEN_STYLE = /display: ?none|visibility: ?hidden/i;

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** Whether the element itself matches hidden.ts HIDDEN_SELECTOR: [hidden] or an inline display:none / visibility:hidden. */
export function matchesHidden(el: Element): boolean {
  const attribs = el.attribs;
  if (!attribs) return false;
  if (attribs.hidden !== undefined) return true;
  const style = attribs.style;
  // The selector's four case-insensitive substrings, in one pass and without a lower-cased copy.
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Walks the tree once, iteratively (hostile pages nest deep). Hidden roots follow cheerio's
 * `$(el).parent().closest(HIDDEN_SELECTOR)`: the ancestor chain ends at a non-element (a template's content).
 */
export function indexDom(root: AnyNode): DomIndex {
  const elements: Element[] = [];
  const byTag = new Map<string, Element[]>();
  const hiddenRoots: Element[] = [];
  const attributeNames = new Set<string>();
  const withHandlers: Element[] = [];
  // Parallel stacks: node, whether an ancestor element (up to a non-element) is hidden, whether inside <head>.
  const nodes: AnyNode[] = [];
  const hiddenAbove: boolean[] = [];
  const inHead: boolean[] = [];
  const pushChildren = (node: AnyNode, hidden: boolean, head: boolean) => {
    const children = (node as { children?: AnyNode[] }).children;
    if (!children) return;
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      hiddenAbove.push(hidden);
      inHead.push(head);
    }
  };
  pushChildren(root, false, false);
  while (nodes.length) {
    const node = nodes.pop()!;
    const hidden = hiddenAbove.pop()!;
    const head = inHead.pop()!;
    if (!isElement(node)) {
      // A template's content (a document fragment) or CDATA: cheerio's closest() stops here.
      pushChildren(node, false, false);
      continue;
    }
    elements.push(node);
    const name = node.name;
    const list = byTag.get(name);
    if (list) list.push(node);
    else byTag.set(name, [node]);
    const attribs = node.attribs;
    let handler = false;
    for (const attr in attribs) {
      attributeNames.add(attr);
      if (!handler && (EVENT_HANDLER.test(attr) || (attr === 'href' && JAVASCRIPT_URL.test(attribs[attr]!)))) handler = true;
    }
    if (handler) withHandlers.push(node);
    const own = matchesHidden(node);
    if (own && !hidden && !head && !HIDDEN_SKIP.has(name.toLowerCase())) hiddenRoots.push(node);
    pushChildren(node, hidden || own, head || name === 'head');
  }
  return { elements, byTag, hiddenRoots, attributeNames, withHandlers };
}

/** A JSON-LD script: `script[type="application/ld+json" i]`. */
export function isJsonLd(el: Element): boolean {
  return el.name === 'script' && el.attribs.type?.toLowerCase() === 'application/ld+json';
}

/** The element's text as cheerio's `.text()` gives it: every text node below, script and style text included. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  const children = (node as { children?: AnyNode[] }).children;
  if (!children || node.type === 'comment') return '';
  if (children.length === 1 && children[0]!.type === 'text') return (children[0] as unknown as { data: string }).data;
  let out = '';
  const stack: AnyNode[] = [];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      out += (n as unknown as { data: string }).data;
      continue;
    }
    if (n.type === 'comment') continue;
    const kids = (n as { children?: AnyNode[] }).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The element or its nearest ancestor element passing the test, as cheerio's closest() (stops at a non-element). */
export function closestElement(el: Element, test: (e: Element) => boolean): Element | undefined {
  for (let node: AnyNode | null = el; isElement(node); node = node.parent) {
    if (test(node)) return node;
  }
  return undefined;
}

/** Descendants of a node (not the node itself) in document order, as cheerio's find() walks them. */
export function* descendants(node: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [];
  const push = (n: AnyNode) => {
    const kids = (n as { children?: AnyNode[] }).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  push(node);
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) yield n;
    push(n);
  }
}

/** The first descendant passing the test, in document order. */
export function findFirst(node: AnyNode, test: (e: Element) => boolean): Element | undefined {
  for (const el of descendants(node)) if (test(el)) return el;
  return undefined;
}
