import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { StructuredAddress } from './json-ld.js';
import { partsFromSchema, SCHEMA_PROPS, type SchemaFields } from './schema-fields.js';

/**
 * PostalAddress in microdata (itemscope itemtype=".../PostalAddress", itemprop=...) and RDFa
 * (typeof="PostalAddress" / "schema:PostalAddress", property=...). Both are attributes on the
 * page's own elements, so one reader serves both.
 */
export function microdataAddresses($: CheerioAPI, elements?: readonly Element[]): StructuredAddress[] {
  const out: StructuredAddress[] = [];
  // Every scope below has an itemtype or typeof naming PostalAddress: without one (most pages), no query.
  if (elements && !anyNamesPostalAddress(elements)) return out;
  const scopes = $('[itemtype*="PostalAddress" i], [typeof*="PostalAddress" i], [vocab*="schema.org" i] [typeof="PostalAddress" i]');
  scopes.each((_, scope) => {
    const values: SchemaFields = {};
    $(scope)
      .find('[itemprop], [property]')
      .each((_, el) => {
        if (ownerScope($, el) !== scope) return;
        const names = `${el.attribs.itemprop ?? ''} ${el.attribs.property ?? ''}`.split(/\s+/);
        for (const raw of names) {
          const name = raw.replace(/^.*[:/#]/, '') as (typeof SCHEMA_PROPS)[number];
          if (!SCHEMA_PROPS.includes(name) || values[name]) continue;
          const text = (el.attribs.content ?? textWithBreaks($, el))
            .replace(/[ \t\r\f]+/g, ' ')
            .replace(/ ?\n ?/g, '\n')
            .trim();
          if (text) values[name] = text;
        }
      });
    const parts = partsFromSchema(values);
    if (!parts) return;
    out.push({
      parts,
      el: scope as Element,
    });
  });
  return out;
}

function anyNamesPostalAddress(elements: readonly Element[]): boolean {
  for (let i = 0; i < elements.length; i++) {
    const attribs = elements[i]!.attribs;
    const itemtype = attribs.itemtype;
    if (itemtype !== undefined && /postaladdress/i.test(itemtype)) return true;
    const rdfType = attribs.typeof;
    if (rdfType !== undefined && /postaladdress/i.test(rdfType)) return true;
  }
  return false;
}

/** The nearest enclosing item scope of a property, so a nested item's properties stay its own. */
function ownerScope($: CheerioAPI, el: Element): Element | undefined {
  const scope = $(el).parent().closest('[itemscope], [typeof]')[0];
  return scope as Element | undefined;
}

/** Element text with <br> kept as a line break: "55 Keel St<br>Suite 2" is two lines, not "StSuite". */
function textWithBreaks($: CheerioAPI, el: Element): string {
  const copy = $(el).clone();
  copy.find('br').replaceWith('\n');
  return copy.text();
}
