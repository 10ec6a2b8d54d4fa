import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { StructuredAddress } from './json-ld.js';

/** schema.org PostalAddress property names, as microdata itemprop or RDFa property ("schema:streetAddress"). */
const PROPS = ['streetAddress', 'postOfficeBoxNumber', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const;
type Prop = (typeof PROPS)[number];

/**
 * PostalAddress in microdata (itemscope itemtype=".../PostalAddress", itemprop=...) and RDFa
 * (typeof="PostalAddress" / "schema:PostalAddress", property=...). Both are attributes on the
 * page's own elements, so one reader serves both.
 */
export function microdataAddresses($: CheerioAPI): StructuredAddress[] {
  const out: StructuredAddress[] = [];
  const scopes = $('[itemtype*="PostalAddress" i], [typeof*="PostalAddress" i], [vocab*="schema.org" i] [typeof="PostalAddress" i]');
  scopes.each((_, scope) => {
    const values: Partial<Record<Prop, string>> = {};
    $(scope)
      .find('[itemprop], [property]')
      .each((_, el) => {
        if (ownerScope($, el) !== scope) return;
        const names = `${el.attribs.itemprop ?? ''} ${el.attribs.property ?? ''}`.split(/\s+/);
        for (const raw of names) {
          const name = raw.replace(/^.*[:/#]/, '') as Prop;
          if (!PROPS.includes(name) || values[name]) continue;
          const text = (el.attribs.content ?? $(el).text()).replace(/\s+/g, ' ').trim();
          if (text) values[name] = text;
        }
      });
    const street = values.streetAddress ? [values.streetAddress] : [];
    if (values.postOfficeBoxNumber) street.push(/box|postfach|^bp/i.test(values.postOfficeBoxNumber) ? values.postOfficeBoxNumber : `PO Box ${values.postOfficeBoxNumber}`);
    if (!street.length) return;
    out.push({
      parts: {
        street,
        locality: values.addressLocality,
        region: values.addressRegion,
        postcode: values.postalCode,
        country: values.addressCountry,
        poBox: !values.streetAddress,
      },
      el: scope as Element,
    });
  });
  return out;
}

/** The nearest enclosing item scope of a property, so a nested item's properties stay its own. */
function ownerScope($: CheerioAPI, el: Element): Element | undefined {
  const scope = $(el).parent().closest('[itemscope], [typeof]')[0];
  return scope as Element | undefined;
}
