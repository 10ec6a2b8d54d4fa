// Polish: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const PL_HOURS: HoursWords = {
  days: {
    mon: ['pon', 'pn', 'poniedziałek'],
    tue: ['wt', 'wtorek'],
    wed: ['śr', 'środa'],
    thu: ['czw', 'czwartek'],
    fri: ['pt', 'piątek'],
    sat: ['sob', 'sobota'],
    sun: ['niedz', 'nd', 'niedziela'],
  },
  weekdays: ['dni robocze', 'w dni robocze'],
  rangeWords: ['do', '–'],
  timeWords: ['godz', 'godz.'],
};
