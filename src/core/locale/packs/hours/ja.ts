// Japanese: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const JA_HOURS: HoursWords = {
  days: {
    mon: ['月', '月曜', '月曜日'],
    tue: ['火', '火曜', '火曜日'],
    wed: ['水', '水曜', '水曜日'],
    thu: ['木', '木曜', '木曜日'],
    fri: ['金', '金曜', '金曜日'],
    sat: ['土', '土曜', '土曜日'],
    sun: ['日', '日曜', '日曜日'],
  },
  weekdays: ['平日'],
  rangeWords: [],
  timeWords: ['時'],
};
