// Danish: a partial pack (language-pack.ts: PartialPack), the form reader's words and chat launchers' labels,
// written from Danish shops' and vendors' own forms and widgets (kontaktformular, "Bliv ringet op", "Tip en
// ven", "Glemt adgangskode?").
import type { PartialPack } from '../../language-pack.js';

export const DA_PARTIAL: PartialPack = {
  id: 'da',
  chatLauncher: ['chat', 'chat med os', 'skriv til os', 'hjælp', 'kundeservice'],
  forms: {
    message: 'besked|meddelelse|henvendelse|spørgsmål|kommentar|beskrivelse',
    email: 'e-?mail|mailadresse',
    phone: 'telefon|mobil',
    checkout: 'indkøbskurv|kortnummer',
    cartPaths: 'kurv|indkobskurv|kassen',
    review: 'anmeldelse|bedømmelse',
    recipient: 'modtager|vens e-?mail|din ven\\b',
    otherParty: 'misbrug',
    order: 'ordrenummer|ordrenr',
    serial: 'serienummer',
    application: 'ansøgning|\\bcv\\b',
    account: 'brugernavn',
    notMessageBox: 'adresse|betingelser',
    topic: 'emne|afdeling',
    contactPurpose:
      'kontakt os|kontaktformular|ring mig op|bliv ringet op|ringer dig op|indhent (?:et )?tilbud|få et tilbud|bed om (?:et )?tilbud|forespørgsel|book (?:en )?demo',
    commentHeading: 'skriv en kommentar|^(?:\\d+ )?kommentarer?:?$|skriv en anmeldelse',
    commentForm: 'kommentar|gæstebog|anmeldelse',
    notContact:
      'tilmeld|nyhedsbrev|spørgeskema|ansøg|opret (?:en )?konto|glemt (?:din )?adgangskode|nulstil (?:din )?adgangskode|tip en ven|anbefal til en ven',
  },
};
