// German: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const DE_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'abmelden|ausloggen',
    signOutTokens: 'ausloggen',
    delete: 'loschen|loeschen|entfernen',
    deleteLast: 'loschen|loeschen|entfernen',
    my: 'mein|meine|meinen',
    // "Abmelden" alone signs out; after a newsletter it unsubscribes.
    unsubscribe: 'abbestellen|austragen|(newsletter|mailing)-abmelden',
    buyNow: 'sofort-?kaufen|jetzt-?kaufen',
    addToCart: '(in-den|zum)-(warenkorb|einkaufswagen)',
    cart: 'warenkorb',
    add: 'hinzufugen|hinzufuegen',
    wishlist: 'merkzettel|wunschliste',
    addToWishlist: '(auf-den|zum)-merkzettel|(auf-die|zur)-wunschliste',
    vote: 'abstimmen|gefallt-?mir|gefaellt-?mir',
    calendarKeys: 'datum|monat|jahr|woche',
    page: 'seite',
    sitemapListings: 'produkt|artikel|kategorie|aktuelles',
  },
};

export const DE_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'sicherheits(ü|ue)berpr(ü|ue)fung|sicherheitscheck|(bist du|sind sie) ein (roboter|mensch)',
  },
};
