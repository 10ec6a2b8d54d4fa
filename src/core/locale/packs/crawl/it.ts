// Italian: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const IT_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'disconnetti|esci',
    signOutTokens: 'disconnetti',
    delete: 'elimina|cancella|rimuovi',
    deleteLast: '',
    my: 'mio|mia',
    unsubscribe: 'disiscri(viti|zione)|annulla-?iscrizione',
    buyNow: 'acquista-?ora|compra-?ora',
    addToCart: 'aggiungi-al-carrello',
    cart: 'carrello',
    add: 'aggiungi',
    wishlist: 'lista-dei-desideri|preferiti',
    addToWishlist: 'aggiungi-ai-preferiti|aggiungi-alla-lista-dei-desideri',
    vote: 'vota|mi-?piace',
    calendarKeys: 'giorno|mese|anno|settimana',
    page: 'pagina|pagine|pag',
    sitemapListings: 'prodott|articol|notizi|categori',
  },
};

export const IT_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'verifica di sicurezza|controllo di sicurezza|sei (un )?(robot|umano)',
  },
};
