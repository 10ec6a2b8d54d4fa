// Dutch: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const NL_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'uitloggen|afmelden',
    signOutTokens: 'uitloggen',
    delete: 'verwijderen',
    deleteLast: 'verwijderen',
    my: 'mijn',
    // "Afmelden" alone signs out; after a newsletter it unsubscribes.
    unsubscribe: 'uitschrijven|(nieuwsbrief|newsletter|mailing)-afmelden',
    buyNow: 'nu-?kopen|direct-?kopen',
    addToCart: '(toevoegen-aan|in)-(de-)?winkelwagen',
    cart: 'winkelwagen|winkelmand',
    add: 'toevoegen',
    wishlist: 'verlanglijst(je)?|favorieten',
    addToWishlist: 'toevoegen-aan-(verlanglijst(je)?|favorieten)',
    vote: 'vind-?ik-?leuk',
    calendarKeys: 'datum|maand|jaar',
    page: 'pagina',
    sitemapListings: 'artikel|nieuws',
  },
};

export const NL_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'beveiligingscontrole|veiligheidscontrole|ben je (een )?(robot|mens)',
  },
};
