// English: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const EN_HOURS: HoursWords = {
  days: {
    mon: ['mon', 'monday'],
    tue: ['tue', 'tues', 'tuesday'],
    wed: ['wed', 'wednesday'],
    thu: ['thu', 'thurs', 'thursday'],
    fri: ['fri', 'friday'],
    sat: ['sat', 'saturday'],
    sun: ['sun', 'sunday'],
  },
  weekdays: ['weekdays', 'business days', 'monday through friday'],
  rangeWords: ['to', 'through', 'until', 'till'],
  timeWords: ['am', 'pm', 'a.m.', 'p.m.'],
};
