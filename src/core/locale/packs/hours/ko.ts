// Korean: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const KO_HOURS: HoursWords = {
  days: {
    mon: ['월', '월요일'],
    tue: ['화', '화요일'],
    wed: ['수', '수요일'],
    thu: ['목', '목요일'],
    fri: ['금', '금요일'],
    sat: ['토', '토요일'],
    sun: ['일', '일요일'],
  },
  weekdays: ['평일'],
  rangeWords: ['부터', '까지'],
  timeWords: ['시'],
};
