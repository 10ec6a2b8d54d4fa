// Japanese: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';

export const JA: LanguagePack = {
  id: 'ja',
  days: {
    mon: ['月', '月曜', '月曜日'],
    tue: ['火', '火曜', '火曜日'],
    wed: ['水', '水曜', '水曜日'],
    thu: ['木', '木曜', '木曜日'],
    fri: ['金', '金曜', '金曜日'],
    sat: ['土', '土曜', '土曜日'],
    sun: ['日', '日曜', '日曜日'],
  },
  weekdays: ['平日'],
  rangeWords: [],
  timeWords: ['時'],
  chatLauncher: ['チャット', 'お問い合わせ', '問い合わせ', 'ご質問', 'サポート', 'ヘルプ', 'メッセージ'],
  contactLinks: {
    strong: ['お問い合わせ', '問い合わせ', 'お問合せ', 'サポート', 'ヘルプ', 'カスタマーサービス', 'お客様窓口', '特定商取引法'],
    weak: ['会社概要', '会社情報', '企業情報', 'アクセス', '拠点'],
  },
  roles: {
    sales: ['営業', '営業部*', '販売', '販売店', 'お見積もり', '見積もり', '見積り', '導入のご相談', '購入', 'ご購入', '法人営業'],
    support: [
      'サポート',
      'カスタマーサポート',
      'テクニカルサポート',
      '技術サポート',
      'お客様サポート',
      'お客様相談室',
      'お客様窓口',
      'カスタマーセンター',
      'ヘルプ',
      'ヘルプデスク',
      '修理',
      'アフターサービス',
    ],
  },
};
