// Finnish: a partial pack (language-pack.ts: PartialPack), the form reader's words and chat launchers'
// labels, written from Finnish shops' and vendors' own forms and widgets (yhteydenottolomake, "Pyydä
// soittoa", "Vinkkaa kaverille", "Unohtuiko salasana?").
import type { PartialPack } from '../../language-pack.js';

export const FI_PARTIAL: PartialPack = {
  id: 'fi',
  chatLauncher: ['chat', 'chatti', 'keskustele kanssamme', 'kysy meiltä', 'apua', 'asiakaspalvelu'],
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
    commentHeading: 'jätä kommentti|kirjoita kommentti|^(?:\\d+ )?komment(?:it|tia|ti):?$|kirjoita arvostelu',
    commentForm: 'kommentti|kommentoi|vieraskirja|vastaa\\b|arvostelu',
    notContact:
      'tilaa uutiskirje|uutiskirje|\\bkysely|hae paikkaa|hae työpaikkaa|työhakemus|luo tili|rekisteröidy|unohtuiko salasana|unohditko salasanasi|palauta salasana|vinkkaa|suosittele ystävälle',
  },
};
