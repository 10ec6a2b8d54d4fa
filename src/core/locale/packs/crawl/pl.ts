// Polish: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const PL_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'wyloguj(-?sie)?',
    signOutTokens: 'wyloguj',
    delete: 'usun',
    deleteLast: '',
    my: 'moj|moja|moje',
    unsubscribe: 'wypisz-?sie|anuluj-?subskrypcje',
    buyNow: 'kup-?teraz',
    addToCart: 'dodaj-do-koszyka',
    cart: 'koszyk',
    add: 'dodaj',
    wishlist: 'lista-zyczen|ulubione|schowek',
    addToWishlist: 'dodaj-do-(ulubionych|listy-zyczen|schowka)',
    // "Głosuj": the ł has no accent to take off, so URLs write it "l" and text keeps it.
    vote: 'glosuj|głosuj|lubie-?to',
    calendarKeys: 'dzien|miesiac|rok|tydzien',
    page: 'strona',
    sitemapListings: 'produkt|artykul|aktualnosci|kategori',
  },
};

export const PL_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'weryfikacja bezpiecze[ńn]stwa|kontrola bezpiecze[ńn]stwa|czy jeste[śs] (robotem|cz[łl]owiekiem)',
  },
};
