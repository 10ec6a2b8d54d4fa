// French: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const FR_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'deconnexion|se-?deconnecter',
    signOutTokens: 'deconnexion|se-?deconnecter',
    delete: 'supprimer',
    deleteLast: '',
    my: 'mon|ma|mes',
    unsubscribe: 'desabonner|se-?desabonner|desinscri(re|ption)|se-?desinscrire',
    buyNow: 'acheter-?maintenant',
    addToCart: 'ajouter-au-panier',
    cart: 'panier',
    add: 'ajouter',
    wishlist: 'liste-d-envies|favoris',
    addToWishlist: 'ajouter-aux-favoris|ajouter-a-(la|ma)-liste-d-envies',
    vote: 'voter',
    calendarKeys: 'mois|jour|annee|semaine',
    page: 'page',
    sitemapListings: 'produit|actualite',
  },
};

export const FR_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'v[ée]rification de s[ée]curit[ée]|[êe]tes-vous (un )?(robot|humain)',
  },
};
