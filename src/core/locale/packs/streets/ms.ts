// Malay and Indonesian: the words of street names (language-pack.ts: StreetWords).
// Source: Pos Malaysia and Pos Indonesia address examples.
import type { StreetWords } from '../../language-pack.js';

export const MS_STREETS: StreetWords = {
  id: 'ms',
  before: ['jalan', 'jl.'],
};
