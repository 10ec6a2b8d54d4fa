// Hungarian: a partial pack (language-pack.ts: PartialPack), the form reader's words and chat launchers'
// labels, written from Hungarian shops' and vendors' own forms and widgets (kapcsolatfelvétel, "Visszahívást
// kérek", "Ajánlja ismerősének", "Elfelejtett jelszó").
import type { PartialPack } from '../../language-pack.js';

export const HU_PARTIAL: PartialPack = {
  id: 'hu',
  chatLauncher: ['chat', 'csevegés', 'írjon nekünk', 'segítség', 'ügyfélszolgálat'],
  forms: {
    message: 'üzenet|kérdés|megjegyzés',
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
    commentHeading: '^(?:\\d+ )?hozzászólások?:?$|hozzászólás írása|új hozzászólás|értékelés írása|vélemény írása',
    commentForm: 'hozzászólás|vendégkönyv|válasz\\b|értékelés',
    notContact: 'feliratkoz|hírlevél|kérdőív|jelentkezés az állásra|állásra jelentkez|pályázat|regisztr|elfelejtett jelszó|új jelszó|ismerősének|barátjának',
  },
};
