import type { EvalCase } from './types.js';

/**
 * Hook for the project's own labelled fixtures (fixtures/<site>/expected.json, being written).
 * When their format lands, read each site's pages and expected phones/faxes/addresses here into
 * EvalCases (labels as written on the page), and `npm run eval -- --fixtures` will score them with
 * the same matching as the webstruct corpus. Until then it returns no cases, so nothing depends on it.
 */
export async function fixtureCases(_root: string): Promise<EvalCase[]> {
  return [];
}
