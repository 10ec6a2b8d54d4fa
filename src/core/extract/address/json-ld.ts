import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { parseLoose, readJsonLd, type JsonLdScript } from '../../page/json-ld.js';
import type { AddressParts } from './parts.js';
import { readAddress } from './text-scan.js';
import { partsFromSchema, SCHEMA_PROPS, type SchemaFields } from './schema-fields.js';

export interface StructuredAddress {
  parts: AddressParts;
  /** The ContactPoint's contactType above it, if any: the strongest role signal there is. */
  contactType?: string;
  el: Element;
}

/** Bounds on a hostile or generated JSON-LD blob: nodes visited and nesting depth. */
const MAX_NODES = 5000;
const MAX_DEPTH = 12;
/** An address string longer than this is not an address (and is not worth the regex time). */
const MAX_STRING_CHARS = 300;

/** PostalAddress objects anywhere in the page's JSON-LD: @graph, arrays, Organization.address, ContactPoint. */
/** `scripts`: the page's JSON-LD scripts, parsed once (ParsedPage.jsonLd); else queried from `$`. */
export function jsonLdAddresses($: CheerioAPI, scripts?: readonly JsonLdScript[]): StructuredAddress[] {
  const out: StructuredAddress[] = [];
  for (const { el, text, data: strict } of scripts ?? readJsonLd($('script[type="application/ld+json" i]').toArray() as Element[])) {
    // Addresses are also read from JSON-LD that needs repairs (comments, trailing commas...).
    const data = strict ?? parseLoose(text);
    if (data === undefined) continue;
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
          // Read like page text, so it compares equal to the same address in the footer.
          const lines = value.split(/\s*(?:\n|,)\s*/).filter(Boolean);
          const read = readAddress(value.slice(0, MAX_STRING_CHARS));
          if (read || lines.length) out.push({ parts: read ?? { street: lines }, contactType: ct, el });
        } else if (!parts) walk(value, depth + 1, ct);
      }
    };
    walk(data, 0, undefined);
  }
  return out;
}

function isPostalAddress(obj: Record<string, unknown>): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /PostalAddress$/i.test(t)) || typeof obj.streetAddress === 'string';
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string' || typeof v === 'number')
    return (
      String(v)
        .replace(/[ \t\r\f]+/g, ' ')
        .trim() || undefined
    );
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
};

function toParts(obj: Record<string, unknown>): AddressParts | undefined {
  const fields: SchemaFields = {};
  for (const prop of SCHEMA_PROPS) fields[prop] = str(obj[prop]);
  return partsFromSchema(fields);
}

export { parseLoose } from '../../page/json-ld.js';
