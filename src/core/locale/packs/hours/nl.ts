// Dutch: the words of opening hours (language-pack.ts: HoursWords), apart from the rest of the
// pack so the popup, which reads hours next to a contact, does not carry every other word.
import type { HoursWords } from '../../language-pack.js';

export const NL_HOURS: HoursWords = {
  days: {
    mon: ['ma', 'maandag'],
    tue: ['di', 'dinsdag'],
    wed: ['wo', 'woensdag'],
    thu: ['do', 'donderdag'],
    fri: ['vr', 'vrijdag'],
    sat: ['za', 'zaterdag'],
    sun: ['zo', 'zondag'],
  },
  weekdays: ['werkdagen'],
  rangeWords: ['tot', 't/m'],
  timeWords: ['uur'],
};
