// Portuguese: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const PT_CRAWL: CrawlWords = {
  crawl: {
    signOut: 'sair|terminar-?sessao',
    signOutTokens: 'terminar-?sessao',
    delete: 'excluir|remover|apagar',
    deleteLast: '',
    my: 'meu|minha',
    unsubscribe: 'descadastrar|cancelar-?inscricao',
    buyNow: 'comprar-?agora',
    addToCart: 'adicionar-ao-carrinho',
    cart: 'carrinho|cesta',
    add: 'adicionar',
    wishlist: 'lista-de-desejos|favoritos',
    addToWishlist: 'adicionar-aos-favoritos|adicionar-a-lista-de-desejos',
    vote: 'votar|curtir',
    calendarKeys: 'dia|mes|ano|semana',
    page: 'pagina|pag',
    sitemapListings: 'produto|artigo|noticia',
  },
};

export const PT_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: 'verifica[çc][ãa]o de seguran[çc]a|voc[êe] [ée] (um )?(rob[ôo]|humano)',
  },
};
