import type { AddressParts } from './parts.js';
import { splitSuites } from './street.js';
import { anyOf } from './street-words.js';
import { readAddress } from './text-scan.js';

/** schema.org PostalAddress properties, as JSON-LD keys, microdata itemprops and RDFa properties. */
export const SCHEMA_PROPS = ['streetAddress', 'postOfficeBoxNumber', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const;
export type SchemaFields = Partial<Record<(typeof SCHEMA_PROPS)[number], string>>;

/** A box number that names its box itself ("PO Box 12", "Postfach 10 20 30", "BP 45"): kept as written. */
const NAMES_BOX = new RegExp(`${anyOf('boxWords')}|${anyOf('poBox')}`, 'iu');

/** A streetAddress longer than this is not one (and not worth the regex time). */
const MAX_STREET_CHARS = 300;

/**
 * Parts from PostalAddress fields. Sites often put the whole address in streetAddress
 * ("8500 Main St Suite 5 Springfield IL 62704"): it is read like page text then, so it compares
 * equal to the same address in the footer, and the explicit fields still win.
 */
export function partsFromSchema(f: SchemaFields): AddressParts | undefined {
  const streetText = f.streetAddress?.slice(0, MAX_STREET_CHARS) ?? '';
  const read = streetText ? readAddress(streetText) : undefined;
  const street = splitSuites(read ? read.street : streetText.split(/\s*(?:\n|<br\s*\/?>)\s*/i).filter(Boolean));
  const box = f.postOfficeBoxNumber;
  if (box) street.push(NAMES_BOX.test(box) ? box : `PO Box ${box}`);
  if (!street.length) return undefined;
  return {
    street,
    locality: f.addressLocality ?? read?.locality,
    region: f.addressRegion ?? read?.region,
    postcode: f.postalCode ?? read?.postcode,
    country: f.addressCountry ?? read?.country,
    postcodeFirst: read?.postcodeFirst,
    poBox: !streetText && !!box,
  };
}
