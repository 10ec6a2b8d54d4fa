import { escapeHtml as h } from '../../escape.js';
import type { MessageKey, Translate } from '../../../i18n/catalogue.js';

// Small builders the HTML report is made of. Catalogue text is escaped like page text: a
// translation is data too, and a "<" in it must print as "<".

/** A value for a message: text (escaped) or a number (formatted), or markup this file's callers built. */
export type HtmlValue = string | number | { html: string };

// Private-use characters mark where markup goes back in after the message is escaped.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** t(key, params) as HTML: the message escaped, with markup values put in where their placeholders were. */
export function msg(t: Translate, key: MessageKey, params: Record<string, HtmlValue> = {}): string {
  const markup: string[] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object') {
      plain[name] = `${OPEN}${markup.length}${CLOSE}`;
      markup.push(value.html);
    } else plain[name] = typeof value === 'string' ? value.replace(/[\uE000\uE001]/g, '\uFFFD') : value;
  }
  return h(t(key, plain)).replace(MARKER, (_, i: string) => markup[Number(i)] ?? '');
}

/** Markup a message may hold as a value. */
export const raw = (html: string): { html: string } => ({ html });

export interface Column {
  /** The header, already escaped. */
  label: string;
  /** Width class (table-layout is fixed): w-xs, w-s, or none for a share of the rest. */
  width?: 'w-xs' | 'w-s';
  num?: boolean;
}

/**
 * A table whose cells carry their column's name (data-label), so it can stack into one card per
 * row on a narrow screen or on paper without losing what each value is. Cells are markup.
 */
export function table(columns: Column[], rows: { cells: string[]; classes?: (string | undefined)[] }[]): string {
  const head = columns.map((c) => `<th${cls([c.width, c.num ? 'num' : undefined])}>${c.label}</th>`).join('');
  const body = rows.map(
    (r) =>
      `<tr>${r.cells
        .map((cell, i) => `<td data-label="${columns[i]!.label}"${cls([columns[i]!.num ? 'num' : undefined, r.classes?.[i]])}>${cell}</td>`)
        .join('')}</tr>`,
  );
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function cls(names: (string | undefined)[]): string {
  const list = names.filter(Boolean);
  return list.length ? ` class="${list.join(' ')}"` : '';
}

/**
 * Content folded under a summary; printed unfolded (style.ts). A "section" fold sits under its own
 * heading, so on paper its summary ("Show all 14 checks") is left out; an evidence fold keeps it as a label.
 */
export function folded(summary: string, content: string, kind: 'section' | 'evidence' = 'section'): string {
  return `<details${kind === 'section' ? ' class="fold"' : ''}><summary>${summary}</summary>${content}</details>`;
}
