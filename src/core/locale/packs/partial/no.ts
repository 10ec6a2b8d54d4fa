// Norwegian (Bokmål): a partial pack (language-pack.ts: PartialPack), the form reader's words and chat
// launchers' labels, written from Norwegian shops' and vendors' own forms and widgets (kontaktskjema, "Bli
// oppringt", "Tips en venn", "Glemt passord?").
import type { PartialPack } from '../../language-pack.js';

export const NO_PARTIAL: PartialPack = {
  id: 'no',
  chatLauncher: ['chat', 'chat med oss', 'skriv til oss', 'hjelp', 'kundeservice'],
  forms: {
    message: 'melding|beskjed|henvendelse|spørsmål|kommentar|beskrivelse',
    email: 'e-?post|e-?mail',
    phone: 'telefon|mobil',
    checkout: 'handlekurv|kortnummer',
    cartPaths: 'handlekurv|kassen',
    review: 'anmeldelse',
    recipient: 'mottaker|venns e-?post|din venn\\b',
    otherParty: 'misbruk',
    order: 'ordrenummer|ordrenr',
    serial: 'serienummer',
    application: 'søknad|\\bcv\\b',
    account: 'brukernavn',
    notMessageBox: 'adresse|vilkår',
    topic: 'emne|avdeling',
    contactPurpose: 'kontakt oss|kontaktskjema|ring meg|bli oppringt|be om (?:et )?tilbud|få et tilbud|forespørsel|be om pris|book (?:en )?demo',
    commentHeading: 'legg igjen en kommentar|skriv en kommentar|^(?:\\d+ )?kommentarer?:?$|skriv en anmeldelse',
    commentForm: 'kommentar|gjestebok|anmeldelse',
    notContact:
      'meld deg på|abonner|nyhetsbrev|spørreundersøkelse|søk (?:på )?stillingen|opprett (?:en )?konto|glemt passord|tilbakestill passord|tips en venn|del med en venn',
  },
};
