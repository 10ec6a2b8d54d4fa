// Italian: the words of street names (language-pack.ts: StreetWords).
// Source: Poste Italiane address examples (DUG: via, viale, piazza).
import type { StreetWords } from '../../language-pack.js';

export const IT_STREETS: StreetWords = {
  id: 'it',
  before: ['via', 'viale', 'piazza'],
};
