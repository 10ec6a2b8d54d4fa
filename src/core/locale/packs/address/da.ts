// Danish: the words of street names (language-pack.ts: AddressWords).
// Source: PostNord (Denmark) address examples.
import type { AddressWords } from '../../language-pack.js';

export const DA_ADDRESS: AddressWords = {
  id: 'da',
  glued: 'vej|gade',
  spaced: 'vej',
  companyForms: 'as',
};
