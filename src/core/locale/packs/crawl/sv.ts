// Swedish: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const SV_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'logga-?ut',
    signOutTokens: 'logga-?ut',
    delete: 'radera|ta-?bort',
    deleteLast: '',
    my: 'min|mitt|mina',
    unsubscribe: 'avregistrera|avprenumerera|avsluta-?prenumeration(en)?',
    buyNow: 'kop-?nu|kop-?direkt',
    addToCart: 'lagg-i-varukorgen',
    cart: 'varukorg(en)?',
    add: 'lagg-?till',
    wishlist: 'onskelista(n)?|favoriter',
    addToWishlist: 'lagg-till-(i-)?(onskelistan|favoriter)',
    vote: 'gilla',
    calendarKeys: 'datum|manad|vecka',
    page: 'sida',
    sitemapListings: 'produkt|artikel|nyheter|kategori',
  },
};

export const SV_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 's[äa]kerhetskontroll|[äa]r du (en )?(robot|m[äa]nniska)',
  },
};
