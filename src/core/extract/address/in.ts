import type { CountryPattern } from './pattern.js';

/**
 * Indian PIN codes: six digits, first 1–9, often written "400 001" and glued to the town with a
 * dash ("Mumbai-400072"), sometimes followed by the state code in brackets. Source: India Post.
 */
export const IN: CountryPattern = {
  id: 'IN',
  // Not a group of a longer dashed number ("IIBB 901-123456-7", a tax registration).
  tail: /(?<![\p{N}+]|\p{N}[-/.])(?:PIN(?:\s*code)?\s*:?\s*)?(?<postcode>[1-9]\d{2} ?\d{3})(?![\p{N}]|[-/.]\p{N})(?:\s*\((?<region>[A-Z]{2})\))?/gu,
  // Any tail holds the six-digit PIN.
  quick: /\d{3} ?\d{3}/,
  town: 'before',
  maxTownLines: 1,
};
