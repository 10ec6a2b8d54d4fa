import type { Element } from 'domhandler';
import type { JsonLdScript } from '../../page/json-ld.js';

/**
 * `email` properties in the page's JSON-LD (Organization, ContactPoint...), with the ContactPoint's
 * contactType when there is one: schema.org's own statement of what the address is for
 * (https://schema.org/ContactPoint). Not shown to a visitor, so reported with the 'schema-org'
 * flag and left to scoring to weigh.
 */
export interface StructuredEmail {
  raw: string;
  contactType?: string;
  el: Element;
}

/** Bounds on a hostile or generated blob: nodes visited and nesting depth. */
const MAX_NODES = 5000;
const MAX_DEPTH = 12;

/** The page's JSON-LD scripts, parsed once (ParsedPage.jsonLd). */
export function jsonLdEmails(scripts: readonly JsonLdScript[]): StructuredEmail[] {
  const out: StructuredEmail[] = [];
  for (const { el, data } of scripts) {
    if (data === undefined) continue; // broken JSON-LD is common; it says nothing we can trust
    let budget = MAX_NODES;
    const walk = (value: unknown, depth: number, contactType: string | undefined): void => {
      if (budget-- <= 0 || depth > MAX_DEPTH || !value || typeof value !== 'object') return;
      if (Array.isArray(value)) {
        for (const item of value) walk(item, depth + 1, contactType);
        return;
      }
      const obj = value as Record<string, unknown>;
      const ct = typeof obj.contactType === 'string' ? obj.contactType : contactType;
      for (const [key, child] of Object.entries(obj)) {
        if (key === 'email') {
          for (const raw of Array.isArray(child) ? child : [child]) {
            if (typeof raw === 'string') out.push({ raw: raw.replace(/^mailto:/i, ''), contactType: ct, el });
          }
        } else {
          walk(child, depth + 1, ct);
        }
      }
    };
    walk(data, 0, undefined);
  }
  return out;
}
