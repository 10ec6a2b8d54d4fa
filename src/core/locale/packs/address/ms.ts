// Malay and Indonesian: the words of street names (language-pack.ts: AddressWords).
// Source: Pos Malaysia and Pos Indonesia address examples.
import type { AddressWords } from '../../language-pack.js';

export const MS_ADDRESS: AddressWords = {
  id: 'ms',
  before: ['jalan', 'jl.'],
};
