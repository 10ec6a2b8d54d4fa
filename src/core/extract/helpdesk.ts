import type { Extractor } from './extractor.js';

// Placeholder until this extractor lands (being written now); returns nothing.
export const helpdeskExtractor: Extractor = { id: 'helpdesk', kinds: [], extract: () => [] };
