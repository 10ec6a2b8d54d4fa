// German and Austrian: the words of street names (language-pack.ts: AddressWords).
// Source: Deutsche Post and Österreichische Post address examples.
import type { AddressWords } from '../../language-pack.js';

export const DE_ADDRESS: AddressWords = {
  id: 'de',
  glued: 'stra(?:ß|ss)e|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad',
  spaced: 'stra(?:ß|ss)e|gasse|weg|allee|platz|ring',
  floors: 'stock|og',
  poBox: 'postfach',
  companyForms: 'gmbh|ag|kg',
  labels: 'adresse|anschrift',
  // Streets named by a preposition and the place: "Am Markt 3", "An der Alster 1", "Zum Hafen 2".
  streetPrepositions: ['am', 'an der', 'auf der', 'im', 'in der', 'zum', 'zur'],
  townParticles: 'am|an|der|im|bei',
  boxWords: 'postfach',
  abbreviations: { strasse: 'str', straße: 'str' },
};
