// A chat widget whose loader is on the page (a vendor's script or inline snippet) but which has not
// rendered yet (no iframe, no launcher element): in the rendered page this means "still loading",
// the one case worth a short wait before reading the page (src/content/index.ts).
import type { PageAnalysis } from '../../types.js';

/** Flags chat.ts gives evidence that shows the widget itself, not only its loader. */
const RENDERED_EVIDENCE = new Set(['iframe', 'rendered']);

export function chatLoaderPending(page: PageAnalysis): boolean {
  return page.findings.some((f) => f.kind === 'chat' && !f.flags.some((flag) => RENDERED_EVIDENCE.has(flag)));
}
