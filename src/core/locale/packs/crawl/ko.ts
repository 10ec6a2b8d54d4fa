// Korean: the crawler's words and block-page titles (crawl-words.ts), apart from the rest of the pack so
// the fetchers, which read only the block-page titles (crawl/challenge-page.ts), carry nothing else.
import type { BlockPageWords, CrawlWords } from '../../crawl-words.js';

export const KO_CRAWL: CrawlWords = {
  crawl: {
    signOut: '로그아웃',
    signOutTokens: '로그아웃',
    delete: '삭제',
    // Korean puts the verb last: "계정 삭제".
    deleteLast: '삭제',
    my: '내|나의',
    unsubscribe: '수신-?거부|구독-?취소|구독-?해지',
    buyNow: '바로-?구매(하기)?',
    addToCart: '장바구니(에)?-?담기',
    cart: '장바구니',
    add: '추가|담기',
    wishlist: '찜|위시리스트|관심-?상품',
    addToWishlist: '찜하기|위시리스트-?추가|관심-?상품-?등록',
    vote: '좋아요|투표',
    calendarKeys: '날짜',
    page: '페이지',
    // Sitemaps are named in ASCII, in English ("post-sitemap.xml"): none has a Korean name.
    sitemapListings: '',
  },
};

export const KO_BLOCK_PAGE: BlockPageWords = {
  blockPage: {
    waitTitles: '',
    accessDenied: '',
    robotCheck: '보안 (확인|검사)|로봇이 아닙니다|사람인지 확인',
  },
};
