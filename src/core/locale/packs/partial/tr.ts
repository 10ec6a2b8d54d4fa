// Turkish: a partial pack (language-pack.ts: PartialPack), the form reader's words and chat launchers'
// labels, written from Turkish shops' and vendors' own forms and widgets (iletişim formu, "Sizi arayalım",
// "Arkadaşına gönder", "Şifremi unuttum").
import type { PartialPack } from '../../language-pack.js';

export const TR_PARTIAL: PartialPack = {
  id: 'tr',
  chatLauncher: ['canlı destek', 'sohbet', 'bize yazın', 'yardım', 'müşteri hizmetleri'],
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
    notMessageBox: 'adres\\b|adresiniz|koşullar',
    topic: 'konu|departman',
    contactPurpose: 'bize ulaşın|iletişim|bizi arayın|sizi arayalım|beni arayın|geri arama|teklif (?:al|iste)|fiyat teklifi|demo talep',
    commentHeading: 'yorum yap|yorum yaz|^(?:\\d+ )?yorumlar?:?$|değerlendirme yaz',
    commentForm: 'yorum|ziyaretçi defteri|yanıtla|değerlendirme',
    notContact:
      'abone ol|bülten|\\banket|iş başvuru|ilana başvur|pozisyona başvur|üye ol|kayıt ol|şifremi unuttum|şifre sıfırla|arkadaşına gönder|arkadaşına öner',
  },
};
