// French: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const FR_HOURS: HoursWords = {
  days: {
    mon: ['lun', 'lundi'],
    tue: ['mar', 'mardi'],
    wed: ['mer', 'mercredi'],
    thu: ['jeu', 'jeudi'],
    fri: ['ven', 'vendredi'],
    sat: ['sam', 'samedi'],
    sun: ['dim', 'dimanche'],
  },
  weekdays: ['en semaine'],
  rangeWords: ['à', 'au'],
  timeWords: ['h'],
};
