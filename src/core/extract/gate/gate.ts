import { elementContext } from '../../page/element-context.js';
import type { TextBlock } from '../../page/text-blocks.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import type { Extractor } from '../extractor.js';
import { gatesIn, mayHoldGate, namesIdNumber, readyIntro, sentences, type GateValue } from './match.js';

/**
 * Hurdles before a person can be reached: "have your serial number ready", "sign in to open a
 * ticket", "phone support is available on Premium plans". One finding per kind of gate per page
 * (the page analysis merges by value anyway), keeping the first sentence that names a role.
 * The 'image-only-phone' gate belongs to the phone extractor and is not looked for here.
 */
export const gateExtractor: Extractor = {
  id: 'gate',
  kinds: ['gate'],
  extract(page) {
    const found = new Map<GateValue, PageFinding>();
    const record = (value: GateValue, sentence: string, block: TextBlock) => {
      const seen = found.get(value);
      if (seen && seen.role !== 'general') return;
      const { heading } = elementContext(page.$, block.el, sentence);
      let role = classifyRole({ near: sentence, heading, title: page.title, url: page.url });
      // Serial, order and contract numbers only ever gate after-sales contact.
      if (role === 'general' && value === 'serial-number') role = 'support';
      if (seen && role === 'general') return;
      found.set(value, { kind: 'gate', value, role, flags: [value], context: clip(sentence), region: block.region });
    };
    const blocks = page.blocks;
    blocks.forEach((block, i) => {
      // Every gate needs contact or have-it-ready wording somewhere in its block: most blocks have neither.
      if (!mayHoldGate(block.text)) return;
      for (const sentence of sentences(block.text)) {
        for (const value of gatesIn(sentence)) record(value, sentence, block);
        // "Before you call, have ready:" followed by a list naming the serial number.
        if (readyIntro(sentence)) {
          const item = blocks.slice(i + 1, i + 1 + LIST_BLOCKS).find((b) => LIST_ITEM.has(b.el.name) && namesIdNumber(b.text));
          // An item that is a full gate sentence itself is recorded on its own, with its own words.
          if (item && !sentences(item.text).some((x) => gatesIn(x).includes('serial-number')))
            record('serial-number', `${sentence.replace(/[:\s]+$/, '')}: ${item.text.split('\n')[0]}`, block);
        }
      }
    });
    return [...found.values()];
  },
};

/** Blocks after a "have ready:" sentence read for its list: a typical checklist has 2 to 5 items. */
const LIST_BLOCKS = 6;
/** The elements a checklist's items are written in. */
const LIST_ITEM = new Set(['li', 'dd', 'dt', 'td', 'th']);

function clip(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}
