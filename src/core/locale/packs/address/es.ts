// Spanish: the words of street names (language-pack.ts: AddressWords).
// Source: Correos address examples (tipo de vía).
import type { AddressWords } from '../../language-pack.js';

export const ES_ADDRESS: AddressWords = {
  id: 'es',
  before: ['calle', 'avenida'],
  articles: 'del',
  poBox: 'apartado(?:\\s+postal)?',
  // Correos (apartado) and Correo Argentino / Correos de Chile (casilla).
  boxWords: 'apartado|casilla',
  numberSigns: 'n[º°]',
};
