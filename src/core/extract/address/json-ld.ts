import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { AddressParts } from './parts.js';

export interface StructuredAddress {
  parts: AddressParts;
  /** The ContactPoint's contactType above it, if any: the strongest role signal there is. */
  contactType?: string;
  el: Element;
}

/** Bounds on a hostile or generated JSON-LD blob: nodes visited and nesting depth. */
const MAX_NODES = 5000;
const MAX_DEPTH = 12;

/** PostalAddress objects anywhere in the page's JSON-LD: @graph, arrays, Organization.address, ContactPoint. */
export function jsonLdAddresses($: CheerioAPI): StructuredAddress[] {
  const out: StructuredAddress[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    const data = parseLoose($(el).text());
    if (data === undefined) return;
    let budget = MAX_NODES;
    const walk = (node: unknown, depth: number, contactType: string | undefined): void => {
      if (budget-- <= 0 || depth > MAX_DEPTH || !node || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const item of node) walk(item, depth + 1, contactType);
        return;
      }
      const obj = node as Record<string, unknown>;
      const ct = typeof obj.contactType === 'string' ? obj.contactType : contactType;
      const parts = isPostalAddress(obj) ? toParts(obj) : undefined;
      if (parts) out.push({ parts, contactType: ct, el });
      for (const [key, value] of Object.entries(obj)) {
        if (key === 'address' && typeof value === 'string') {
          const lines = value.split(/\s*(?:\n|,)\s*/).filter(Boolean);
          if (lines.length) out.push({ parts: { street: lines }, contactType: ct, el });
        } else if (!parts) walk(value, depth + 1, ct);
      }
    };
    walk(data, 0, undefined);
  });
  return out;
}

function isPostalAddress(obj: Record<string, unknown>): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /PostalAddress$/i.test(t)) || typeof obj.streetAddress === 'string';
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string' || typeof v === 'number') return String(v).replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
};

function toParts(obj: Record<string, unknown>): AddressParts | undefined {
  const street = (str(obj.streetAddress) ?? '').split(/\s*\n\s*|<br\s*\/?>/i).filter(Boolean);
  const box = str(obj.postOfficeBoxNumber);
  if (box) street.push(/box|postfach|^bp/i.test(box) ? box : `PO Box ${box}`);
  if (!street.length) return undefined;
  return {
    street,
    locality: str(obj.addressLocality),
    region: str(obj.addressRegion),
    postcode: str(obj.postalCode),
    country: str(obj.addressCountry),
    poBox: !str(obj.streetAddress) && !!box,
  };
}

/**
 * JSON.parse, then again after the repairs real sites need: HTML comments or CDATA around the
 * JSON, raw line breaks inside strings, trailing commas, several objects back to back.
 */
export function parseLoose(text: string): unknown {
  const tries = [
    text,
    text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, ''),
  ];
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
