import { elementContext } from '../page/element-context.js';
import { classifyRole } from '../role/classify-role.js';
import type { PageFinding } from '../types.js';
import type { Extractor } from './extractor.js';
import { gatesIn, sentences, type GateValue } from './gate-match.js';

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
    for (const block of page.blocks) {
      for (const sentence of sentences(block.text)) {
        for (const value of gatesIn(sentence)) {
          const seen = found.get(value);
          if (seen && seen.role !== 'general') continue;
          const { heading } = elementContext(page.$, block.el, sentence);
          let role = classifyRole({ near: sentence, heading, title: page.title, url: page.url });
          // Serial, order and contract numbers only ever gate after-sales contact.
          if (role === 'general' && value === 'serial-number') role = 'support';
          if (seen && role === 'general') continue;
          found.set(value, { kind: 'gate', value, role, flags: [value], context: clip(sentence), region: block.region });
        }
      }
    }
    return [...found.values()];
  },
};

function clip(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}
