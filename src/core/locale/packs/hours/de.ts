// German: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const DE_HOURS: HoursWords = {
  days: {
    mon: ['mo', 'montag'],
    tue: ['di', 'dienstag'],
    wed: ['mi', 'mittwoch'],
    thu: ['do', 'donnerstag'],
    fri: ['fr', 'freitag'],
    sat: ['sa', 'samstag'],
    sun: ['so', 'sonntag'],
  },
  weekdays: ['werktags', 'wochentags'],
  rangeWords: ['bis'],
  timeWords: ['uhr'],
};
