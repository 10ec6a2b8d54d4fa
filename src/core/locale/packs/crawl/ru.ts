// Russian: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
// URLs write Russian in Latin letters ("korzina") or in Cyrillic; both are listed.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const RU_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'vyhod|vykhod|выход|выйти',
    signOutTokens: 'выйти',
    delete: 'udalit|удалить',
    deleteLast: '',
    my: 'moj|moi|мой|мои',
    unsubscribe: 'otpisatsya|отписаться',
    // The shops' "Купить в 1 клик".
    buyNow: 'kupit-v-1-klik|купить-в-(1|один)-клик',
    addToCart: '(dobavit-)?v-korzinu|(добавить-)?в-корзину',
    cart: 'korzina|корзина',
    add: 'dobavit|добавить',
    wishlist: 'izbrannoe|избранное',
    addToWishlist: 'v-izbrannoe|в-избранное',
    vote: 'golosovat|голосовать|нравится',
    calendarKeys: 'дата|день|месяц|год|неделя',
    page: 'stranica|stranitsa|страница',
    sitemapListings: 'tovar|novosti',
  },
};

export const RU_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'проверка безопасности|вы (не )?робот|подтвердите, что вы (не робот|человек)',
  },
};
