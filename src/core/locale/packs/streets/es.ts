// Spanish: the words of street names (language-pack.ts: StreetWords).
// Source: Correos address examples (tipo de vía).
import type { StreetWords } from '../../language-pack.js';

export const ES_STREETS: StreetWords = {
  id: 'es',
  before: ['calle', 'avenida'],
};
