import type { ParsedPage } from '../page/parsed-page.js';
import type { PageLink } from '../types.js';

// Placeholder until the crawler lands.
export function pageLinks(_page: ParsedPage): PageLink[] {
  return [];
}
