// Japanese: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const JA_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'ログアウト|サインアウト',
    signOutTokens: 'ログアウト|サインアウト',
    delete: '削除',
    // Japanese puts the verb last: "アカウント 削除".
    deleteLast: '削除',
    my: '私の',
    unsubscribe: '配信停止|購読解除|登録解除',
    buyNow: '今すぐ購入|今すぐ買う',
    addToCart: 'カートに(入れる|追加)',
    cart: 'カート',
    add: '追加',
    wishlist: 'お気に入り|ほしい物リスト|ウィッシュリスト',
    addToWishlist: 'お気に入りに追加|お気に入り登録',
    vote: 'いいね|投票',
    calendarKeys: '日付',
    page: 'ページ',
    // Sitemaps are named in ASCII, in English ("post-sitemap.xml"): none has a Japanese name.
    sitemapListings: '',
  },
};

export const JA_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'セキュリティ(チェック|確認)|ロボットではありません|人間であることを確認',
  },
};
