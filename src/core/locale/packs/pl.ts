// Polish: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';

export const PL: LanguagePack = {
  id: 'pl',
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
  chatLauncher: ['czat', 'napisz do nas', 'pomoc', 'obsługa klienta'],
  contactLinks: {
    strong: ['kontakt', 'obsługa klienta', 'pomoc', 'wsparcie', 'sprzedaż', 'dane firmy'],
    weak: ['o nas', 'firma', 'oddziały', 'dojazd'],
  },
  roles: {
    sales: [
      'sprzedaż',
      'dział sprzedaży',
      'handlowy',
      'dział handlowy',
      'oferta',
      'zapytanie ofertowe',
      'wycena',
      'zamówienia',
      'zamówienie',
      'kup',
      'nowi klienci',
    ],
    support: [
      'obsługa klienta',
      'biuro obsługi klienta',
      'pomoc',
      'pomoc techniczna',
      'wsparcie',
      'wsparcie techniczne',
      'serwis',
      'reklamacje',
      'reklamacja',
      'gwarancja',
      'infolinia',
    ],
  },
};
