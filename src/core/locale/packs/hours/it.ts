// Italian: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const IT_HOURS: HoursWords = {
  days: {
    mon: ['lun', 'lunedì'],
    tue: ['mar', 'martedì'],
    wed: ['mer', 'mercoledì'],
    thu: ['gio', 'giovedì'],
    fri: ['ven', 'venerdì'],
    sat: ['sab', 'sabato'],
    sun: ['dom', 'domenica'],
  },
  weekdays: ['giorni feriali'],
  rangeWords: ['a', 'al'],
  timeWords: ['ore'],
};
