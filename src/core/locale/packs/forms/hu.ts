// Hungarian: the form reader's words (language-pack.ts: FormWords). Written from Hungarian shops' and
// vendors' own forms (kapcsolatfelvétel, "Visszahívást kérek", "Ajánlja ismerősének", "Elfelejtett jelszó").
import type { FormPack } from '../../language-pack.js';

export const HU_FORMS: FormPack = {
  id: 'hu',
  forms: {
    message: 'üzenet|kérdés|megjegyzés|közlemény',
    email: 'e-?mail',
    phone: 'telefon|mobil',
    checkout: 'kosár|kártyaszám',
    cartPaths: 'kosar|penztar',
    review: 'értékelés',
    recipient: 'címzett|ismerős|barát',
    otherParty: 'visszaélés',
    order: 'rendelésszám|rendelés száma',
    serial: 'sorozatszám|gyári szám',
    application: 'önéletrajz|motivációs levél|\\bcv\\b',
    account: 'felhasználónév',
    notMessageBox: 'lakcím|szállítási cím|feltételek',
    topic: 'tárgy|témakör|osztály',
    contactPurpose: 'kapcsolat|írjon nekünk|ügyfélszolgálat|visszahív|hívjanak vissza|ajánlatkér|árajánlat|demó igény|demót kérek',
    commentHeading: 'hozzászólás|értékelés írása|vélemény írása',
    commentForm: 'hozzászólás|vendégkönyv|válasz\\b|értékelés',
    notContact: 'feliratkoz|hírlevél|kérdőív|jelentkez|regisztr|elfelejtett jelszó|új jelszó|ismerősének|barátjának',
  },
};
