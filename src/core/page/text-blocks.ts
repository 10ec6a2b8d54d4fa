import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Region } from '../types.js';
import { indexDom } from './dom.js';
import { regionOf } from './region.js';

/**
 * Visible text grouped by block element. Inline markup is joined without a break, so a phone
 * number split across <span>s reads as one string; <br> and nested blocks become line breaks, so a
 * multi-line address keeps its lines. Each block remembers its element for context and role.
 */
export interface TextBlock {
  /** Block text: lines separated by '\n', spaces collapsed within a line, trimmed. */
  text: string;
  /** The block element (p, div, li, td, address, h1...). */
  el: Element;
  region: Region;
  /** Position in document order, so extractors can look at neighbouring blocks. */
  index: number;
  /** Inside a hidden tab or accordion (display:none, hidden): a click away for a shopper. */
  hidden?: true;
  /** For hidden blocks: which hidden subtree (tab) they belong to, so tabs are not read as one text. */
  hiddenPart?: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'select', 'option', 'textarea', 'button']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
  'caption',
  'legend',
  'label',
]);

/** Blocks longer than this are cut: no real contact block is that long, and it bounds regex time. */
const MAX_BLOCK_CHARS = 20_000;
/** A page with more blocks than this is not read further (a hostile or generated page). */
const MAX_BLOCKS = 20_000;

export function textBlocks($: CheerioAPI): TextBlock[] {
  const out: TextBlock[] = [];
  const root = $.root()[0];
  if (!root) return out;
  walkBlock(root as unknown as Element, out, false);
  return out;
}

/**
 * Text the saved HTML hides until a visitor clicks: tabs and accordions ("Sales", "Support",
 * "Europe offices") carry an inline display:none or the hidden attribute. A visitor can open them,
 * so extractors read these blocks too and flag what they find there 'collapsed'. Walked on the
 * real tree, so context and region stay right. Bounded: hostile pages hide a lot.
 */
export function hiddenTextBlocks($: CheerioAPI, roots?: readonly Element[]): TextBlock[] {
  const out: TextBlock[] = [];
  let budget = MAX_HIDDEN_CHARS;
  // The outermost hidden elements outside <head>, not skipped: found in the page's one shared walk
  // (dom.ts indexDom) when given, rather than with an attribute-substring query over the whole tree.
  const outermost = roots ?? indexDom($.root()[0]!).hiddenRoots;
  for (const [part, el] of outermost.entries()) {
    if (out.length >= MAX_HIDDEN_BLOCKS || budget <= 0) break;
    const before = out.length;
    walkBlock(el, out, true);
    for (let i = before; i < out.length; i++) {
      const block = out[i] as TextBlock;
      block.hidden = true;
      block.hiddenPart = part;
      block.index = i;
      budget -= block.text.length;
    }
  }
  return out;
}

/** Bounds on hidden text per page: real tab sets are far smaller; hostile pages are not. */
const MAX_HIDDEN_CHARS = 200_000;
const MAX_HIDDEN_BLOCKS = 2_000;

/** The inline text gathered for one block so far: finished lines and the line being built. */
interface Gathered {
  lines: string[];
  line: string;
}

// Plain functions over a small state object rather than closures made per block: this walk visits
// every node of every page, and per-call closures cost allocation (and, bundled, a naming helper).
const SPACES = /[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// Zero-width characters and soft hyphens join what is around them: dropped, never spaced, or
// "kunden\u200Bservice@…" would read as the address "service@…".
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Work still to do in the walk: visit a node into its block's gathered text, or close a block
 * (emit its text). An explicit stack, not recursion: pages nested thousands of levels deep (hostile
 * or generated) would overflow the call stack, and their contacts would be lost.
 */
type Step = { node: AnyNode; block: Element; g: Gathered } | { end: Element; g: Gathered };

function walkBlock(root: Element, out: TextBlock[], showHidden: boolean): void {
  const stack: Step[] = [];
  const openBlock = (block: Element) => {
    // Gather this block's own inline text; nested blocks end the current line and are walked in place.
    const g: Gathered = { lines: [], line: '' };
    stack.push({ end: block, g });
    pushChildren(stack, block, block, g);
  };
  openBlock(root);
  while (stack.length) {
    const step = stack.pop() as Step;
    if ('end' in step) {
      emit(step.end, step.g, out);
      continue;
    }
    const nested = visitInline(step.node, step.block, step.g, out, showHidden, stack);
    if (nested) {
      // A nested block: emit what came before it, then the block itself, then carry on.
      emit(step.block, step.g, out);
      openBlock(nested);
    }
  }
}

/** Children are pushed last-first, so they are popped in document order. */
function pushChildren(stack: Step[], parent: Element, block: Element, g: Gathered): void {
  const children = parent.children ?? [];
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as AnyNode, block, g });
}

function flush(g: Gathered): void {
  g.lines.push(g.line);
  g.line = '';
}

function emit(block: Element, g: Gathered, out: TextBlock[]): void {
  flush(g);
  let text = '';
  for (const l of g.lines) {
    if (!l) continue;
    const tidy = l.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
    if (tidy) text = text ? `${text}\n${tidy}` : tidy;
  }
  text = text.slice(0, MAX_BLOCK_CHARS);
  if (text && out.length < MAX_BLOCKS && block.type === 'tag') {
    out.push({ text, el: block, region: regionOf(block), index: out.length });
  }
  g.lines = [];
}

/** Adds an inline node's text to its block, queueing its children; returns a nested block element to walk. */
function visitInline(node: AnyNode, block: Element, g: Gathered, out: TextBlock[], showHidden: boolean, stack: Step[]): Element | undefined {
  if (out.length >= MAX_BLOCKS) return undefined;
  if (node.type === 'text') {
    const data = (node as unknown as { data: string }).data;
    g.line += data.includes('\n') ? data.replace(/\n/g, ' ') : data;
    return undefined;
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return undefined;
  const el = node as Element;
  const name = el.name.toLowerCase();
  if (SKIP.has(name) || (!showHidden && (el.attribs?.hidden !== undefined || isHiddenByStyle(el)))) return undefined;
  if (name === 'br') {
    flush(g);
    return undefined;
  }
  if (name === 'img') return undefined;
  if (BLOCK.has(name)) return el;
  if (name === 'td' || name === 'th') g.line += ' ';
  pushChildren(stack, el, block, g);
  return undefined;
}

function isHiddenByStyle(el: Element): boolean {
  const style = el.attribs?.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
