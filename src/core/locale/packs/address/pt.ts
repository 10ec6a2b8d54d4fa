// Portuguese: the words of street names (language-pack.ts: AddressWords).
// Source: CTT and Correios address examples (tipo de logradouro).
import type { AddressWords } from '../../language-pack.js';

export const PT_ADDRESS: AddressWords = {
  id: 'pt',
  before: ['rua', 'avenida', 'praça'],
  articles: 'd[aeo]s?',
  floors: 'andar',
  poBox: 'caixa\\s+postal',
  numberSigns: 'n[º°]',
};
