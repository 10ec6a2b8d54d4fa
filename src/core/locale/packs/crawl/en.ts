// English: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const EN_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'log-?out|log-?off|sign-?out|sign-?off',
    signOutTokens: 'log-?out|log-?off|sign-?out|sign-?off',
    delete: 'delete|remove|destroy',
    deleteLast: 'delete|remove|destroy',
    my: 'my',
    unsubscribe: 'unsubscribe|opt-?out',
    // Amazon's "Buy Now with 1-Click".
    buyNow: 'buy-?now(-?with-?1-?click)?|buy-?with-?1-?click|one-?click|1-?click|instant-?buy',
    addToCart: 'add-?to-?(cart|basket|bag)',
    cart: 'cart|basket|bag',
    add: 'add',
    wishlist: 'wish-?list|favou?rites',
    addToWishlist: 'add-?to-?(wish-?list|favou?rites)',
    vote: 'vote|upvote|downvote|like|unlike|dislike',
    calendarKeys: 'date|day|month|year|week|cal|calendar|eventdate',
    page: 'page',
    // WordPress (Yoast, WooCommerce) and Shopify name their child sitemaps so: post-sitemap.xml, sitemap_products_1.xml.
    sitemapListings: 'post|product|article|blog|news|image|video|tag|categor|author',
  },
};

export const EN_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: 'just a moment\\.\\.\\.|attention required! \\| cloudflare|please wait\\.\\.\\. \\| cloudflare',
    accessDenied: 'access denied',
    robotCheck: 'are you (a )?(robot|human)|verify you are human|human verification|security check|captcha|bot check',
  },
};
