// Russian, romanised as addresses in Latin script write it: the words of street names (language-pack.ts: StreetWords).
// Source: Russian Post address examples (улица, проспект) in their Latin forms.
import type { StreetWords } from '../../language-pack.js';

export const RU_STREETS: StreetWords = {
  id: 'ru',
  before: ['ulitsa', 'ul.', 'prospekt'],
};
