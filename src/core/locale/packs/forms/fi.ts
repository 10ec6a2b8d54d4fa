// Finnish: the form reader's words (language-pack.ts: FormWords). Written from Finnish shops' and
// vendors' own forms (yhteydenottolomake, "Pyydä soittoa", "Vinkkaa kaverille", "Unohtuiko salasana?").
import type { FormPack } from '../../language-pack.js';

export const FI_FORMS: FormPack = {
  id: 'fi',
  forms: {
    message: 'viesti|kysymy|kommentti|lisätiedot|kuvaus',
    email: 'sähköposti|s-?posti',
    phone: 'puhelin|matkapuhelin',
    checkout: 'ostoskori|kortin ?numero',
    cartPaths: 'ostoskori|kassa',
    review: 'arvostelu|tuotearvio',
    recipient: 'vastaanottaja|kaverin|ystävän',
    otherParty: 'asiaton',
    order: 'tilausnumero',
    serial: 'sarjanumero',
    application: 'hakemus|ansioluettelo|\\bcv\\b',
    account: 'käyttäjätunnus|käyttäjänimi',
    notMessageBox: 'osoite|ehdot',
    topic: 'aihe|osasto',
    contactPurpose: 'ota yhteyttä|yhteydenotto|yhteystiedot|palaute|pyydä soittoa|soittopyyntö|soittakaa|pyydä tarjous|tarjouspyyntö|varaa demo',
    commentHeading: 'jätä kommentti|kirjoita kommentti|^(?:\\d+ )?kommentit:?$|kirjoita arvostelu',
    commentForm: 'kommentti|kommentoi|vieraskirja|vastaa\\b|arvostelu',
    notContact:
      'tilaa uutiskirje|uutiskirje|kysely|hae paikkaa|hae työpaikkaa|työhakemus|luo tili|rekisteröidy|unohtuiko salasana|unohditko salasanasi|palauta salasana|vinkkaa|suosittele ystävälle',
  },
};
