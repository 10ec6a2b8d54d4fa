/**
 * Escaping for the human-readable exports. Every string that came from a crawled page (values,
 * displays, contexts, URLs, link texts, titles, error messages) is hostile until escaped here.
 * JSON is the exception: it keeps values as they are (see formats/json.ts).
 */

// Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F,
// U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF), invisible operators
// (U+2061–U+2064), blank fillers used for invisible names (U+115F, U+1160, U+3164, U+FFA0) and
// Unicode tag characters (U+E0000–U+E007F, which spell hidden ASCII): they reorder or hide text.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060-\u2064\uFEFF\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/gu;
// C0 and C1 controls other than tab and line breaks, which the callers fold themselves.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function codePoint(c: string): string {
  return `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/** Make bidi controls, zero-width characters and control characters visible as [U+XXXX]. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, codePoint).replace(CONTROLS, codePoint);
}

/** One line of visible text: invisibles revealed, runs of whitespace (newlines too) folded to one space. */
export function oneLine(text: string): string {
  return revealInvisible(text)
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return revealInvisible(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** The URL if it is an absolute http(s) URL, normalised; undefined for any other scheme or junk. */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** An <a href> for an http(s) URL, else the URL as plain escaped text. The link text is the URL unless given. */
export function htmlLink(url: string | undefined, text?: string): string {
  const safe = httpUrl(url);
  const label = escapeHtml(text ?? url ?? '');
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${label}</a>` : label;
}

// Markdown: characters that start emphasis, code, links, HTML, tables or strikethrough anywhere
// in a line; GFM autolinks are defused at '@', '://' and 'www.'.
const MD_ANYWHERE = /[\\`*[\]<>|~@]/g;
// Escaped only where Markdown would read them, so ordinary text stays as written: "_" opens or
// closes emphasis only at a word's edge (CommonMark: never between two letters or digits, as in
// "order_number"), and "&" only where it starts an entity reference ("&amp;", "&#38;"), not in "A & B".
const MD_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const MD_ENTITY = /&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)/g;
// ...and those that only matter where a block starts (headings, lists, quotes, setext lines).
const MD_BLOCK_START = /^([#+\-=])/;
const MD_ORDERED_LIST = /^(\d+)([.)])/;

/**
 * Page text for Markdown: one line, metacharacters and HTML backslash-escaped. Text that can
 * start a line (or follow a list marker) also has block starts escaped; pass `midLine` when
 * other text always precedes it on its line, or in a table cell, to keep "1.5" and "-2" plain.
 */
export function escapeMarkdown(text: string, midLine = false): string {
  const inline = oneLine(text)
    .replace(MD_ANYWHERE, (c) => `\\${c}`)
    .replace(MD_UNDERSCORE, '\\_')
    .replace(MD_ENTITY, '\\&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
  return midLine ? inline : inline.replace(MD_BLOCK_START, '\\$1').replace(MD_ORDERED_LIST, '$1\\$2');
}

/** Page text as a Markdown code span (literal: no links, no HTML). In a table cell, pipes are escaped as GFM asks. */
export function markdownCode(text: string, inTable = false): string {
  let body = oneLine(text);
  if (inTable) body = body.replace(/\|/g, '\\|');
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** An http(s) URL as a Markdown autolink <…> (the only links the Markdown export makes); any other URL as a code span. */
export function markdownUrl(url: string | undefined, inTable = false): string {
  if (!url) return '';
  const safe = httpUrl(url);
  if (!safe) return markdownCode(url, inTable);
  // An autolink may not contain spaces, < or >; the URL parser already encodes them, this is belt and braces.
  const encoded = safe.replace(/[\s<>`"'|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `<${encoded}>`;
}

// Spreadsheets run a cell that starts with these as a formula (OWASP: CSV injection), also after
// leading blanks or line breaks, which Excel and LibreOffice skip when they read a cell; the
// full-width forms (＝＋－＠) are read as formulas by some spreadsheets with Japanese input.
const FORMULA_START = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** One CSV cell: always quoted, quotes doubled, formulas neutralised with a leading ', invisibles revealed. */
export function csvCell(value: string | number | undefined): string {
  let text = revealInvisible(String(value ?? ''));
  if (FORMULA_START.test(text)) text = `'${text}`;
  text = text.replace(/\r\n?|\n/g, ' ');
  return `"${text.replace(/"/g, '""')}"`;
}
