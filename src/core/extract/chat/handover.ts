// Whether a person takes over from a chatbot, as its launcher or a sentence about the chat says
// ("the assistant connects you to a live agent", "转人工"): issue #15 counts a bot-first widget as a
// way to reach a person only then. The words are the locale packs' chatHandover: the hand-over and a
// word of the chat, both in one block, so "Prefer to speak to a person? Call us" beside a bot is no
// hand-over. Read once per page, and only on a page where a bot was found.
import { packPattern } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';
import type { ParsedPage } from '../../page/parsed-page.js';
import { fold } from '../../role/fold.js';

const SAYS = packPattern(LANGUAGE_PACKS, (pack) => pack.chatHandover.says, 'letters');
const ABOUT_CHAT = packPattern(LANGUAGE_PACKS, (pack) => pack.chatHandover.chat, 'letters');
/** Blocks read: a real page says it near the widget or in its help text; this bounds a generated one. */
const MAX_BLOCKS = 2_000;
const SAID = new WeakMap<ParsedPage, boolean>();

/** Whether the launcher's label, or a block of the page about the chat, says a person takes over. */
export function personTakesOver(page: ParsedPage, label = ''): boolean {
  if (label && SAYS.test(fold(label))) return true;
  let said = SAID.get(page);
  if (said === undefined) {
    said = page.blocks.slice(0, MAX_BLOCKS).some((block) => {
      const text = fold(block.text);
      return SAYS.test(text) && ABOUT_CHAT.test(text);
    });
    SAID.set(page, said);
  }
  return said;
}
