// Norwegian: the words of street names (language-pack.ts: AddressWords).
// Source: Posten Norge address examples ("Karl Johans gate 1"; "Storgata" is glued).
import type { AddressWords } from '../../language-pack.js';

export const NO_ADDRESS: AddressWords = {
  id: 'no',
  spaced: 'gate|gata|vei|veien',
  companyForms: 'as',
};
