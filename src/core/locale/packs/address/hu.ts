// Hungarian: the words of street names (language-pack.ts: AddressWords).
// Source: Magyar Posta address examples ("Andrássy út 12", "Váci utca 3").
import type { AddressWords } from '../../language-pack.js';

export const HU_ADDRESS: AddressWords = {
  id: 'hu',
  spaced: 'út|utca|körút|tér|rakpart',
};
