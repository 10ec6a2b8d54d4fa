// Finnish: the words of addresses (language-pack.ts: AddressWords); only the company form so far.
// Source: the Finnish Patent and Registration Office's company forms (Oy, osakeyhtiö).
import type { AddressWords } from '../../language-pack.js';

export const FI_ADDRESS: AddressWords = {
  id: 'fi',
  companyForms: 'oy',
};
