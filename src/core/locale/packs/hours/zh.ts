// Chinese: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const ZH_HOURS: HoursWords = {
  days: {
    mon: ['周一', '星期一', '週一'],
    tue: ['周二', '星期二', '週二'],
    wed: ['周三', '星期三', '週三'],
    thu: ['周四', '星期四', '週四'],
    fri: ['周五', '星期五', '週五'],
    sat: ['周六', '星期六', '週六'],
    sun: ['周日', '星期日', '星期天', '週日'],
  },
  weekdays: ['工作日'],
  rangeWords: ['至', '到'],
  timeWords: ['点', '時'],
};
