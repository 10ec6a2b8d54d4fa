// French: the words of street names (language-pack.ts: StreetWords).
// Source: La Poste, norme AFNOR NF Z 10-011 (types de voie).
import type { StreetWords } from '../../language-pack.js';

export const FR_STREETS: StreetWords = {
  id: 'fr',
  before: ['rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'allée', 'allee', 'chemin', 'quai', 'impasse', 'route', 'cours', 'passage'],
};
