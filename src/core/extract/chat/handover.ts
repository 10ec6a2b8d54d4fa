// Whether a person takes over from a chatbot, as its launcher or the page says ("chat with a live
// agent", "转人工"): issue #15 counts a bot-first widget as a way to reach a person only then. The
// words are the locale packs' chatHandover; the page's visible text is read once, and only on a page
// where a bot was found.
import { packPattern } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';
import type { ParsedPage } from '../../page/parsed-page.js';
import { fold } from '../../role/fold.js';

const HANDOVER = packPattern(LANGUAGE_PACKS, (pack) => pack.chatHandover, 'letters');
/** Blocks read: a real page says it near the top or in the widget's section; this bounds a generated one. */
const MAX_BLOCKS = 2_000;
const SAID = new WeakMap<ParsedPage, string | null>();

/** The words saying a person takes over (as folded), from the launcher's label or the page; undefined if none. */
export function personTakesOver(page: ParsedPage, label = ''): string | undefined {
  const onLabel = label ? HANDOVER.exec(fold(label))?.[0] : undefined;
  if (onLabel) return onLabel;
  let said = SAID.get(page);
  if (said === undefined) {
    said = null;
    for (const block of page.blocks.slice(0, MAX_BLOCKS)) {
      const m = HANDOVER.exec(fold(block.text));
      if (m) {
        said = m[0];
        break;
      }
    }
    SAID.set(page, said);
  }
  return said ?? undefined;
}
