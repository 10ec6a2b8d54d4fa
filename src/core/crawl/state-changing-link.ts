// Links that do something rather than show something: a crawler that requested them could
// sign a visitor out, empty a cart, unsubscribe someone or cast a vote. They are never requested.
// Each rule looks at path segments, query keys/values and the link text, in every language pack's
// words (locale/packs/crawl/*: crawl-words.ts says how they are written).
import type { CrawlWords } from '../locale/crawl-words.js';
import { CRAWL_PACKS } from '../locale/crawl-packs.js';
import { foldPattern, packUnion } from '../locale/pack-pattern.js';
import { FORM_PACKS } from '../locale/form-packs.js';

interface Rule {
  reason: string;
  /** Tested against each path segment: lower-case, accents off, file extension off. */
  segment?: RegExp;
  /** Tested against the whole path (lower-case, accents off), for multi-segment actions like /cart/add. */
  path?: RegExp;
  /** Tested against each query key and each query value. */
  query?: RegExp;
  /** Tested against the link text (lower-case, accents off, spaces collapsed). */
  text?: RegExp;
}

/**
 * Every language pack's words of a field (locale/packs/crawl/*), as one regex source folded like the
 * text it is tested on (accents off: fold() below), to be wrapped in a group.
 */
const words = (pick: (w: CrawlWords['crawl']) => string): string => foldPattern(packUnion(CRAWL_PACKS, (pack) => pick(pack.crawl)));

const SIGN_OUT = words((w) => w.signOut);
const SIGN_OUT_TOKENS = words((w) => w.signOutTokens);
const DELETE = words((w) => w.delete);
const DELETE_LAST = words((w) => w.deleteLast);
const MY = words((w) => w.my);
const UNSUBSCRIBE = words((w) => w.unsubscribe);
const BUY_NOW = words((w) => w.buyNow);
const ADD_TO_CART = words((w) => w.addToCart);
const ADD_TO_WISHLIST = words((w) => w.addToWishlist);
const ADD = words((w) => w.add);
const CART = words((w) => w.cart);
const WISHLIST = words((w) => w.wishlist);
const VOTE = words((w) => w.vote);
/** Cart paths are the ones a checkout form posts to (locale: forms.cartPaths), whole segments here. */
const CART_PATHS = foldPattern(packUnion(FORM_PACKS, (pack) => pack.forms.cartPaths));

/** The packs' URL spelling ("log-?out") in link text: "log out", "logout", "log-out". */
function spaced(words: string): string {
  return words.replace(/-\??/g, '[- ]?');
}

/** The packs' URL spelling in a query key or value, where words are joined by '_' too ("add_to_cart"). */
function keyed(words: string): string {
  return words.replace(/-\??/g, '[-_]?');
}

const RULES: Rule[] = [
  {
    reason: 'state-changing link (sign out)',
    segment: new RegExp(`^(${SIGN_OUT})$|^(${SIGN_OUT_TOKENS})|-(${SIGN_OUT_TOKENS})(-|$)`),
    // PrestaShop signs out with ?mylogout= (its parameter's name).
    query: new RegExp(`^(my)?(${keyed(SIGN_OUT_TOKENS)})$`),
    text: new RegExp(`^(${spaced(SIGN_OUT)})$`),
  },
  {
    // Verb alone or with one object ("/delete", "remove-item", "supprimer-mon-compte", and verb last
    // as German and Dutch put it: "konto-loeschen", "account-verwijderen"); an information page
    // such as "/contact/delete-your-data-request-info" is a page, not an action.
    reason: 'state-changing link (delete)',
    segment: new RegExp(`^(${DELETE})(-(${MY}))?(-[a-z0-9]+)?$|^[a-z0-9]+-(${DELETE_LAST})$`),
    query: new RegExp(`^(${keyed(DELETE)})(_[a-z]+)?$`),
    text: new RegExp(`^(${spaced(DELETE)})( \\S+){0,2}$|^(\\S+ ){1,2}(${spaced(DELETE_LAST)})$`),
  },
  {
    reason: 'state-changing link (add to cart)',
    segment: new RegExp(`^(${ADD_TO_CART})$`),
    // The path shape /<cart>/<add> (Magento's /checkout/cart/add, "/warenkorb/hinzufuegen").
    path: new RegExp(`\\/(${CART})\\/(${ADD})(\\/|$)`),
    query: new RegExp(`^(${keyed(ADD_TO_CART)})$`),
    // "Add to cart – $19": the start of the text is enough.
    text: new RegExp(`^(${spaced(ADD_TO_CART)})`),
  },
  { reason: 'shopping cart or checkout', segment: new RegExp(`^(${CART_PATHS})$`) },
  {
    reason: 'state-changing link (unsubscribe)',
    segment: new RegExp(`(^|-)(${UNSUBSCRIBE})`),
    query: new RegExp(`^(${keyed(UNSUBSCRIBE)})$`),
    // "Newsletter abbestellen", "Unsubscribe from this list".
    text: new RegExp(`^(\\S+ ){0,2}(${spaced(UNSUBSCRIBE)})( \\S+){0,3}$`),
  },
  {
    reason: 'state-changing link (one-click buy)',
    segment: new RegExp(`^(${BUY_NOW})`),
    query: new RegExp(`^(${keyed(BUY_NOW)})$`),
    text: new RegExp(`^(${spaced(BUY_NOW)})$`),
  },
  // A URL convention, not a word: ?action=logout, ?do=delete (DokuWiki, WordPress's wp-login.php).
  { reason: 'state-changing link (?action= or ?do= parameter)', query: /^(action|do)=/ },
  {
    reason: 'state-changing link (add to wishlist)',
    path: new RegExp(`\\/(${WISHLIST})\\/(${ADD})(\\/|$)`),
    segment: new RegExp(`^(${ADD_TO_WISHLIST})$`),
    query: new RegExp(`^(${keyed(ADD_TO_WISHLIST)})$`),
  },
  { reason: 'state-changing link (vote or like)', segment: new RegExp(`^(${VOTE})$`), query: new RegExp(`^(${keyed(VOTE)})$`) },
];

/**
 * Each part's rules as one alternation: almost every link matches none, and one test per part
 * says so (a layer checks hundreds of links between two rounds of requests). Only a link that
 * matches goes through the rules one by one, for the first rule's reason. Rules whose regexes
 * cannot be joined safely (different flags, back-references) are tested one by one instead.
 */
const anyOf = (pick: (r: Rule) => RegExp | undefined): ((text: string) => boolean) => {
  const res = RULES.map(pick).filter((re): re is RegExp => !!re);
  const flags = new Set(res.map((re) => re.flags));
  if (flags.size > 1 || res.some((re) => re.global || re.sticky || /\\[1-9k]/.test(re.source))) return (text) => res.some((re) => re.test(text));
  const one = new RegExp(res.map((re) => `(?:${re.source})`).join('|'), [...flags][0] ?? '');
  return (text) => one.test(text);
};
const ANY = { segment: anyOf((r) => r.segment), path: anyOf((r) => r.path), query: anyOf((r) => r.query), text: anyOf((r) => r.text) };

function fold(text: string): string {
  // Plain ASCII (almost every path and link text) has no accents to take off.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Why requesting this link would change state on the server, or undefined when it looks like a
 * plain page. `text` is the link's visible text (optional).
 */
export function stateChangingReason(url: string | URL, text = ''): string | undefined {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  const path = fold(safeDecode(u.pathname));
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) =>
      s
        .replace(/;.*$/, '')
        .replace(/\.[a-z0-9]{1,5}$/, '')
        .replace(/_/g, '-'),
    );
  const queryParts = u.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .flatMap((pair) => {
      const [k = '', v = ''] = fold(safeDecode(pair)).split('=');
      // A value that is a path ("route=account/logout", OpenCart) is read segment by segment too.
      return [k, v, `${k}=${v}`, ...(v.includes('/') ? v.split('/') : [])];
    });
  const label = fold(text).replace(/\s+/g, ' ').trim();
  const suspect = ANY.path(path) || segments.some((s) => ANY.segment(s)) || queryParts.some((q) => q && ANY.query(q)) || (!!label && ANY.text(label));
  if (!suspect) return undefined;
  for (const rule of RULES) {
    if (rule.path?.test(path)) return rule.reason;
    if (rule.segment && segments.some((s) => rule.segment!.test(s))) return rule.reason;
    if (rule.query && queryParts.some((q) => q && rule.query!.test(q))) return rule.reason;
    if (rule.text && label && rule.text.test(label)) return rule.reason;
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
