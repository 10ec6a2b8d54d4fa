// Portuguese: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const PT_HOURS: HoursWords = {
  days: {
    mon: ['seg', 'segunda', 'segunda-feira'],
    tue: ['ter', 'terça', 'terça-feira'],
    wed: ['qua', 'quarta', 'quarta-feira'],
    thu: ['qui', 'quinta', 'quinta-feira'],
    fri: ['sex', 'sexta', 'sexta-feira'],
    sat: ['sáb', 'sábado'],
    sun: ['dom', 'domingo'],
  },
  weekdays: ['dias úteis'],
  rangeWords: ['a', 'à'],
  timeWords: ['h'],
};
