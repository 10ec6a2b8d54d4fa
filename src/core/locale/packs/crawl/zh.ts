// Chinese: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
// Simplified and traditional characters both.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const ZH_CRAWL: CrawlWords = {
  crawl: {
    signOut: '退出|退出登录|退出登錄|登出|注销|註銷',
    signOutTokens: '退出登录|退出登錄|登出',
    delete: '删除|刪除',
    // Chinese puts the verb first ("删除账户"): no verb ends a name.
    deleteLast: '',
    my: '我的',
    unsubscribe: '退订|退訂|取消订阅|取消訂閱',
    buyNow: '立即购买|立即購買|马上购买|馬上購買',
    addToCart: '加入购物车|加入購物車',
    cart: '购物车|購物車',
    add: '添加|加入',
    wishlist: '收藏夹|收藏夾|收藏|心愿单|願望清單',
    addToWishlist: '加入收藏|添加收藏',
    vote: '投票|点赞|點讚',
    calendarKeys: '日期',
    page: '页|頁',
    // Pinyin, as Chinese sites name their paths ("/chanpin/", "/xinwen/").
    sitemapListings: 'chanpin|xinwen|wenzhang',
  },
};

export const ZH_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: '安全(验证|驗證|检查|檢查)|人机验证|人機驗證|您是机器人|您是機器人',
  },
};
