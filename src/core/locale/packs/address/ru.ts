// Russian, romanised as addresses in Latin script write it: the words of street names (language-pack.ts: AddressWords).
// Source: Russian Post address examples (улица, проспект) in their Latin forms.
import type { AddressWords } from '../../language-pack.js';

export const RU_ADDRESS: AddressWords = {
  id: 'ru',
  before: ['ulitsa', 'ul.', 'prospekt'],
};
