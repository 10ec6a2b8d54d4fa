// Swedish: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';

export const SV: LanguagePack = {
  id: 'sv',
  days: {
    mon: ['mån', 'måndag'],
    tue: ['tis', 'tisdag'],
    wed: ['ons', 'onsdag'],
    thu: ['tors', 'torsdag'],
    fri: ['fre', 'fredag'],
    sat: ['lör', 'lördag'],
    sun: ['sön', 'söndag'],
  },
  weekdays: ['vardagar', 'helgfria vardagar'],
  rangeWords: ['till', '–'],
  timeWords: ['kl', 'kl.'],
  chatLauncher: ['chatt', 'chatta med oss', 'skriv till oss', 'hjälp', 'kundtjänst'],
  contactLinks: {
    strong: ['kontakt', 'kontakta oss', 'kundservice', 'kundtjänst', 'support', 'hjälp', 'försäljning'],
    weak: ['om oss', 'företaget', 'kontor', 'hitta hit'],
  },
  roles: {
    sales: [
      'försäljning',
      'sälj',
      'säljavdelning*',
      'offert',
      'offerter',
      'begär offert',
      'beställning',
      'beställningar',
      'köp',
      'nya kunder',
      'återförsäljare',
    ],
    support: ['kundtjänst', 'kundservice', 'support', 'teknisk support', 'hjälp', 'hjälpcenter', 'felanmälan', 'reklamation', 'garanti'],
  },
};
