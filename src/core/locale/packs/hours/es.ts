// Spanish: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const ES_HOURS: HoursWords = {
  days: {
    mon: ['lun', 'lunes'],
    tue: ['mar', 'martes'],
    wed: ['mié', 'miércoles'],
    thu: ['jue', 'jueves'],
    fri: ['vie', 'viernes'],
    sat: ['sáb', 'sábado'],
    sun: ['dom', 'domingo'],
  },
  weekdays: ['días laborables'],
  rangeWords: ['a'],
  timeWords: ['h'],
};
