import type { ParsedPage } from '../page/parsed-page.js';
import type { FindingKind, PageFinding } from '../types.js';

/**
 * One extractor per file under src/core/extract, registered in extract/index.ts.
 * Pure: reads the parsed page, returns findings; never fetches, never throws on odd HTML.
 */
export interface Extractor {
  /** The file name, e.g. 'phone'. */
  id: string;
  /** The kinds it can return (a convention test checks each kind has an extractor). */
  kinds: FindingKind[];
  extract(page: ParsedPage): PageFinding[];
}
