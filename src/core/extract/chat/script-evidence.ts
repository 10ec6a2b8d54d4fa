// What a piece of script shows of the chat vendors: its snippets, globals and calls (markers), and
// the vendors' script URLs it loads. One reading for the page's inline scripts (chat.ts) and the
// site's tag manager containers (tag-container.ts).
import { scriptMarkers, urlKeysInScript, vendorsForUrl } from './match.js';
import type { ChatVendor } from './vendors.js';

export interface ScriptEvidence {
  vendor: ChatVendor;
  /** 'marker': a snippet, global or call, the detail its text; 'loads': a script URL, the detail its host/path. */
  kind: 'marker' | 'loads';
  detail: string;
}

/** Markers first, then the URLs loaded, each in the order found; a vendor may appear under both. */
export function scriptEvidence(text: string): ScriptEvidence[] {
  const out: ScriptEvidence[] = [];
  for (const [vendor, marker] of scriptMarkers(text)) out.push({ vendor, kind: 'marker', detail: marker });
  for (const key of urlKeysInScript(text)) for (const vendor of vendorsForUrl(key)) out.push({ vendor, kind: 'loads', detail: key });
  return out;
}
