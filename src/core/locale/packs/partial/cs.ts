// Czech: a partial pack (language-pack.ts: PartialPack), the form reader's words and chat launchers' labels,
// written from Czech shops' and vendors' own forms and widgets (kontaktní formulář, "Nezávazná poptávka",
// "Poslat známému", "Zapomenuté heslo").
import type { PartialPack } from '../../language-pack.js';

export const CS_PARTIAL: PartialPack = {
  id: 'cs',
  chatLauncher: ['chat', 'napište nám', 'pomoc', 'potřebujete poradit?', 'zákaznická podpora'],
  forms: {
    message: 'zpráv|dotaz|vzkaz|komentář|poznámk|popis',
    email: 'e-?mail',
    phone: 'telefon|mobil',
    checkout: 'košík|číslo karty',
    cartPaths: 'kosik|pokladna',
    review: 'recenze|hodnocení',
    recipient: 'příjemce|známého|přítele',
    otherParty: 'nahlásit (?:inzerát|příspěvek|komentář|uživatele)|zneužití',
    order: 'číslo objednávky',
    serial: 'sériové číslo|výrobní číslo',
    application: 'životopis|motivační dopis|\\bcv\\b',
    account: 'uživatelské jméno|přihlašovací jméno',
    notMessageBox: 'adresa|adresu|podmínky',
    topic: 'předmět|oddělení',
    contactPurpose: 'kontakt|napište nám|poptávk|zavolejte mi|zavoláme vám|cenov(?:á|ou) nabídk|objednat (?:demo|ukázku)',
    commentHeading: 'přidat komentář|napsat komentář|^(?:\\d+ )?komentář(?:e|ů)?:?$|napsat recenzi|napište recenzi',
    commentForm: 'komentář|kniha návštěv|odpovědět|recenz',
    notContact:
      'odběr novinek|odběr newsletter|k odběru|odebírat|newsletter|anketa|dotazník|reagovat na inzerát|odpovědět na inzerát|registrace|zaregistr|zapomenuté heslo|obnovit heslo|poslat známému|doporučit známému|nahlásit (?:inzerát|příspěvek|komentář|uživatele)',
  },
};
