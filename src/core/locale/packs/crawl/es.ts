// Spanish: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const ES_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'cerrar-?sesion|desconectar(se)?',
    signOutTokens: 'cerrar-?sesion',
    delete: 'eliminar|borrar',
    deleteLast: '',
    my: 'mi|mis',
    unsubscribe: 'darse-?de-?baja|cancelar-?suscripcion',
    buyNow: 'comprar-?ahora',
    addToCart: '(anadir|agregar)-al-(carrito|carro)',
    cart: 'carrito|cesta',
    add: 'anadir|agregar',
    wishlist: 'lista-de-deseos|favoritos',
    addToWishlist: '(anadir|agregar)-a-(favoritos|la-lista-de-deseos)',
    vote: 'votar|me-?gusta',
    calendarKeys: 'fecha|dia|mes|semana',
    page: 'pagina|pag',
    sitemapListings: 'producto|articulo|noticia',
  },
};

export const ES_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'verificaci[óo]n de seguridad|¿?eres (un )?(robot|humano)',
  },
};
