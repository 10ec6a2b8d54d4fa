// French: the words of street names (language-pack.ts: AddressWords).
// Source: La Poste, norme AFNOR NF Z 10-011 (types de voie).
import type { AddressWords } from '../../language-pack.js';

export const FR_ADDRESS: AddressWords = {
  id: 'fr',
  before: ['rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'allée', 'allee', 'chemin', 'quai', 'impasse', 'route', 'cours', 'passage'],
  numberSuffixes: 'bis|ter',
  articles: 'de\\s+la',
  floors: 'étage|etage',
  poBox: 'boîte\\s+postale|b\\.?p\\.?(?=\\s*\\d)',
  companyForms: 'sa|sas|sarl',
  labels: 'adresse',
  townParticles: 'de|la|le|les|du|des|sur|sous|en',
  // La Poste: CEDEX (courrier d'entreprise à distribution exceptionnelle) and its office number after the town.
  townSuffixes: 'cedex',
  numberSigns: 'n[°º]',
};
