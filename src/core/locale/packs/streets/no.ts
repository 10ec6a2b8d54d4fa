// Norwegian: the words of street names (language-pack.ts: StreetWords).
// Source: Posten Norge address examples ("Karl Johans gate 1"; "Storgata" is glued).
import type { StreetWords } from '../../language-pack.js';

export const NO_STREETS: StreetWords = {
  id: 'no',
  spaced: 'gate|gata|vei|veien',
};
