// Hungarian: the words of street names (language-pack.ts: StreetWords).
// Source: Magyar Posta address examples ("Andrássy út 12", "Váci utca 3").
import type { StreetWords } from '../../language-pack.js';

export const HU_STREETS: StreetWords = {
  id: 'hu',
  spaced: 'út|utca|körút|tér|rakpart',
};
