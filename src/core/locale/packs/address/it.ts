// Italian: the words of street names (language-pack.ts: AddressWords).
// Source: Poste Italiane address examples (DUG: via, viale, piazza).
import type { AddressWords } from '../../language-pack.js';

export const IT_ADDRESS: AddressWords = {
  id: 'it',
  before: ['via', 'viale', 'piazza'],
  articles: 'della|delle|dei|degli|di',
  companyForms: 'srl|spa',
  townParticles: 'di|del',
  numberSigns: 'n[º°]',
};
