// Swedish: the words of street names (language-pack.ts: AddressWords).
// Source: PostNord (Sweden) address examples.
import type { AddressWords } from '../../language-pack.js';

export const SV_ADDRESS: AddressWords = {
  id: 'sv',
  glued: 'gatan|vägen',
  companyForms: 'ab',
};
