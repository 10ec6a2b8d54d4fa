// Dutch: the words of street names (language-pack.ts: StreetWords).
// Source: PostNL address examples.
import type { StreetWords } from '../../language-pack.js';

export const NL_STREETS: StreetWords = {
  id: 'nl',
  glued: 'laan|straat|gracht|plein',
};
