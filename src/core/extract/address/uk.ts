import type { CountryPattern } from './pattern.js';

/**
 * UK postcodes: outward code (area letters, district digit, optional letter/digit), then inward
 * code (digit, two letters). Source: the Royal Mail postcode format (as in BS 7666).
 * Town and county usually sit on lines of their own before it, hence up to three town lines.
 */
export const UK: CountryPattern = {
  id: 'GB',
  strongPostcode: true,
  tail: /(?<![\p{L}\p{N}])(?<postcode>(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu,
  // Any tail holds the inward code.
  quick: /\d[ABD-HJLNP-UW-Z]{2}/,
  town: 'before',
  maxTownLines: 3,
};
