// Swedish: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const SV_HOURS: HoursWords = {
  days: {
    mon: ['mån', 'måndag'],
    tue: ['tis', 'tisdag'],
    wed: ['ons', 'onsdag'],
    thu: ['tors', 'torsdag'],
    fri: ['fre', 'fredag'],
    sat: ['lör', 'lördag'],
    sun: ['sön', 'söndag'],
  },
  weekdays: ['vardagar', 'helgfria vardagar'],
  rangeWords: ['till', '–'],
  timeWords: ['kl', 'kl.'],
};
