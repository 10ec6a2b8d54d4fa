// Swedish: the words of street names (language-pack.ts: StreetWords).
// Source: PostNord (Sweden) address examples.
import type { StreetWords } from '../../language-pack.js';

export const SV_STREETS: StreetWords = {
  id: 'sv',
  glued: 'gatan|vägen',
};
