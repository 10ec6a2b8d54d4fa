// Dutch: the words of street names (language-pack.ts: AddressWords).
// Source: PostNL address examples.
import type { AddressWords } from '../../language-pack.js';

export const NL_ADDRESS: AddressWords = {
  id: 'nl',
  glued: 'laan|straat|gracht|plein',
  companyForms: 'bv|nv',
};
