// Russian: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const RU_HOURS: HoursWords = {
  days: {
    mon: ['пн', 'понедельник'],
    tue: ['вт', 'вторник'],
    wed: ['ср', 'среда'],
    thu: ['чт', 'четверг'],
    fri: ['пт', 'пятница'],
    sat: ['сб', 'суббота'],
    sun: ['вс', 'воскресенье'],
  },
  weekdays: ['будни', 'по будням', 'рабочие дни'],
  rangeWords: ['до', 'по', '–'],
  timeWords: ['ч'],
};
