// German and Austrian: the words of street names (language-pack.ts: StreetWords).
// Source: Deutsche Post and Österreichische Post address examples.
import type { StreetWords } from '../../language-pack.js';

export const DE_STREETS: StreetWords = {
  id: 'de',
  glued: 'stra(?:ß|ss)e|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad',
  spaced: 'stra(?:ß|ss)e|gasse|weg|allee|platz|ring',
};
