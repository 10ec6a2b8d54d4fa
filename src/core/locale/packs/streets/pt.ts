// Portuguese: the words of street names (language-pack.ts: StreetWords).
// Source: CTT and Correios address examples (tipo de logradouro).
import type { StreetWords } from '../../language-pack.js';

export const PT_STREETS: StreetWords = {
  id: 'pt',
  before: ['rua', 'avenida', 'praça'],
};
