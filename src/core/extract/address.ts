import type { Extractor } from './extractor.js';

// Placeholder until this extractor lands (being written now); returns nothing.
export const addressExtractor: Extractor = { id: 'address', kinds: [], extract: () => [] };
