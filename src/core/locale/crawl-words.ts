/**
 * The crawler's words (crawl/state-changing-link.ts, crawl-trap.ts, sitemap-pages.ts): regex sources
 * of alternatives, lower case, written as URLs spell them (accents off, transliterated where URLs
 * are: "loeschen", "korzina"; Cyrillic and CJK as written, for decoded paths and link text). Words
 * are joined by '-' (a hyphen or underscore in a path segment) or '-?' (that, or nothing); in link
 * text either reads as a space, a hyphen or nothing, in a query key as '-', '_' or nothing. State-changing
 * links fold the words and the link alike (accents off, lower case); every field is anchored as its
 * comment says.
 * Sources: the words the crawler held itself before issue #14 moved them here, and each language's
 * usual labels for these actions on shops, forums and account pages.
 */
export interface CrawlWords {
  crawl: {
    /** Sign out, as a whole path segment, query value or link text ("logout", "abmelden", "ログアウト"). */
    signOut: string;
    /** Sign-out words that mean nothing else, so they count at the start of a segment or between hyphens ("customer-logout"). */
    signOutTokens: string;
    /** Delete verbs that start a segment or a link text, alone or with one or two words of object ("supprimer-mon-compte"). */
    delete: string;
    /** Delete verbs as a language puts them after their object ("konto-loeschen", "계정 삭제"); '' where the verb comes first. */
    deleteLast: string;
    /** "My" between a delete verb and its object ("supprimer-mon-compte"). */
    my: string;
    /** Taking oneself off a mailing list, in a segment, query or link text ("unsubscribe", "newsletter-abmelden"). */
    unsubscribe: string;
    /** Buying in one click: the start of a segment, a whole query key or a whole link text ("buy-now", "jetzt kaufen"). */
    buyNow: string;
    /** Adding to the cart as one segment, query key or the start of a link text ("add-to-cart", "ajouter au panier"). */
    addToCart: string;
    /** A cart or bag as the path segment before an `add` verb ("/cart/add", "/warenkorb/hinzufuegen"). */
    cart: string;
    /** The verb after a cart or wish list in a path ("/cart/add", "/panier/ajouter"). */
    add: string;
    /** A wish list or favourites as the path segment before an `add` verb ("/wishlist/add"). */
    wishlist: string;
    /** Adding to the wish list as one segment or query key ("add-to-wishlist"). */
    addToWishlist: string;
    /** Voting or liking, as a whole path segment or query key ("vote", "like"). */
    vote: string;
    /** Query keys that select a date of a calendar or event list ("date", "datum", "fecha"), matched whole and case-blind, as sent. */
    calendarKeys: string;
    /** "Page" of a listing: a whole query key, or a path segment before its number ("/seite/4"; in a path, read as sent, only ASCII spellings count). */
    page: string;
    /**
     * Words in a child sitemap's name for posts, products, media or tags, which rarely list a contact
     * page ("product-sitemap.xml", "sitemap-produkt.xml"); matched anywhere in its URL, as written (ASCII).
     */
    sitemapListings: string;
  };
}

/**
 * The titles of bot-protection block pages (crawl/challenge-page.ts): regex sources over the HTML as
 * written, case-blind, accents as character classes ("v[ée]rification"), matched as a whole title
 * unless the comment says otherwise. Sources: Cloudflare's interstitial ("Just a moment...",
 * "Attention Required! | Cloudflare"), Akamai's and Sucuri's "Access Denied" pages, and the titles of
 * CAPTCHA walls in each language.
 */
export interface BlockPageWords {
  blockPage: {
    /** Cloudflare's interstitial while it checks the browser; '' where only its marks say it (window._cf_chl_opt). */
    waitTitles: string;
    /** The title of Akamai's and Sucuri's block pages, which are written in English only; '' elsewhere. */
    accessDenied: string;
    /** A title asking the visitor to prove it is human, anywhere in the title ("security check", "Sicherheitsüberprüfung"). */
    robotCheck: string;
  };
}
