// Turkish: the form reader's words (language-pack.ts: FormWords). Written from Turkish shops' and
// vendors' own forms (iletişim formu, "Sizi arayalım", "Arkadaşına gönder", "Şifremi unuttum").
import type { FormPack } from '../../language-pack.js';

export const TR_FORMS: FormPack = {
  id: 'tr',
  forms: {
    message: 'mesaj|sorunuz|açıklama|talebiniz',
    email: 'e-?posta|e-?mail',
    phone: 'telefon|cep telefon',
    checkout: 'sepet|kart numarası',
    cartPaths: 'sepet|odeme',
    review: 'değerlendirme|puan',
    recipient: 'alıcı|arkadaş',
    otherParty: 'kötüye kullanım',
    order: 'sipariş numarası|sipariş no',
    serial: 'seri numarası|seri no',
    application: 'özgeçmiş|ön yazı|\\bcv\\b',
    account: 'kullanıcı adı',
    notMessageBox: 'adres|koşullar',
    topic: 'konu|departman',
    contactPurpose: 'bize ulaşın|iletişim|bizi arayın|sizi arayalım|beni arayın|geri arama|teklif (?:al|iste)|fiyat teklifi|demo talep',
    commentHeading: 'yorum yap|yorum yaz|^(?:\\d+ )?yorumlar?:?$|değerlendirme yaz',
    commentForm: 'yorum|ziyaretçi defteri|yanıtla|değerlendirme',
    notContact: 'abone ol|bülten|anket|başvur|üye ol|kayıt ol|şifremi unuttum|şifre sıfırla|arkadaşına gönder|arkadaşına öner',
  },
};
