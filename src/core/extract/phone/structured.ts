import type { ParsedPage } from '../../page/parsed-page.js';
import { collapse } from '../../page/parsed-page.js';
import { regionOf } from '../../page/region.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import { splitTelHref } from './links.js';
import { parseNumber, phoneFinding } from './number.js';

/**
 * Numbers a page declares in schema.org markup: JSON-LD `telephone` / `faxNumber` (a ContactPoint's
 * contactType names the role: "sales", "customer support", "reservations") and the same properties
 * as microdata. Values are strings or arrays of strings; anything else is ignored.
 */

/** Nodes walked per JSON-LD script and how deep: generated graphs can be large. */
const MAX_NODES = 2000;
const MAX_DEPTH = 12;
const MAX_SCRIPTS = 20;
const MAX_ITEMPROPS = 200;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function structuredFindings(page: ParsedPage): PageFinding[] {
  return [...jsonLdFindings(page), ...microdataFindings(page)];
}

function jsonLdFindings(page: ParsedPage): PageFinding[] {
  const out: PageFinding[] = [];
  for (const script of page.jsonLd.slice(0, MAX_SCRIPTS)) {
    // Broken JSON-LD is common (trailing commas, templates): skip it, not the page.
    if (script.data === undefined) continue;
    const data = script.data as Json;
    let budget = MAX_NODES;
    const walk = (node: Json, depth: number) => {
      if (budget-- <= 0 || depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
      const contactType = strings(node.contactType).join(' ') || undefined;
      const name = strings(node.name)[0] ?? '';
      for (const [prop, kind] of [
        ['telephone', 'phone'],
        ['faxNumber', 'fax'],
      ] as const) {
        for (const text of strings(node[prop])) {
          const number = parseNumber(text, page.country);
          if (!number) continue;
          const near = [contactType, name].filter(Boolean).join(' ');
          const role = classifyRole({ contactType, near, title: page.title, url: page.url });
          out.push(phoneFinding({ kind, number, written: text, role, flags: ['schema-org'], context: near || `JSON-LD ${prop}` }));
        }
      }
      for (const value of Object.values(node)) walk(value, depth + 1);
    };
    walk(data, 0);
  }
  return out;
}

function microdataFindings(page: ParsedPage): PageFinding[] {
  const { $ } = page;
  const out: PageFinding[] = [];
  // `[itemprop~="telephone"], [itemprop~="faxNumber"]` without the query: most pages have no itemprop at all.
  const props = !page.attributeNames.has('itemprop')
    ? []
    : page.elements.filter((e) => e.attribs.itemprop !== undefined && /(?:^|\s)(?:telephone|faxNumber)(?:\s|$)/.test(e.attribs.itemprop));
  for (const el of props.slice(0, MAX_ITEMPROPS)) {
    const $el = $(el);
    const kind = /\bfaxNumber\b/.test($el.attr('itemprop') ?? '') ? 'fax' : 'phone';
    const href = $el.attr('href') ?? '';
    const text = collapse($el.attr('content') || (/^tel:/i.test(href) ? splitTelHref(href).number : '') || $el.text());
    const number = parseNumber(text, page.country);
    if (!number) continue;
    const scope = $el.closest('[itemscope]');
    const contactType = collapse(scope.find('[itemprop~="contactType"]').first().text()) || undefined;
    // The property's own surroundings, not the whole item: an Organization lists every department.
    const near = [contactType, collapse($el.parent().text()).slice(0, 160)].filter(Boolean).join(' ');
    const role = classifyRole({ contactType, near, title: page.title, url: page.url });
    out.push(phoneFinding({ kind, number, written: text, role, flags: ['schema-org'], context: near, region: regionOf(el) }));
  }
  return out;
}

function strings(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}
