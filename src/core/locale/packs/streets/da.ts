// Danish: the words of street names (language-pack.ts: StreetWords).
// Source: PostNord (Denmark) address examples.
import type { StreetWords } from '../../language-pack.js';

export const DA_STREETS: StreetWords = {
  id: 'da',
  glued: 'vej|gade',
  spaced: 'vej',
};
