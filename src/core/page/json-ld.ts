import type { Element } from 'domhandler';
import { textOf } from './dom.js';

/** One `<script type="application/ld+json">`, read once per page for every extractor that wants it. */
export interface JsonLdScript {
  el: Element;
  text: string;
  /** JSON.parse of the text; undefined when it is not valid JSON (common: trailing commas, templates). */
  data: unknown;
}

export function readJsonLd(scripts: readonly Element[]): JsonLdScript[] {
  return scripts.map((el) => {
    const text = textOf(el);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    return { el, text, data };
  });
}

/**
 * JSON.parse, then again after the repairs real sites need: HTML comments or CDATA around the
 * JSON, raw line breaks inside strings, trailing commas, several objects back to back.
 */
export function parseLoose(text: string): unknown {
  const tries = [text, text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')];
  const base = tries[1]!;
  const repaired = base.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  tries.push(repaired, `[${repaired.replace(/}\s*{/g, '},{')}]`);
  for (const t of tries) {
    try {
      return JSON.parse(t);
    } catch {
      // try the next repair
    }
  }
  return undefined;
}
