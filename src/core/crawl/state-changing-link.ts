// Links that do something rather than show something: a crawler that requested them could
// sign a visitor out, empty a cart, unsubscribe someone or cast a vote. They are never requested.
// Each rule looks at path segments, query keys/values and the link text, in en, de, fr, es, it, nl, pt.

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

const LOGOUT_WORDS =
  'log-?out|log-?off|sign-?out|sign-?off|abmelden|ausloggen|deconnexion|se-?deconnecter|cerrar-?sesion|desconectar(se)?|disconnetti|esci|uitloggen|afmelden|sair|terminar-?sessao';
const DELETE_WORDS = 'delete|remove|destroy|loschen|loeschen|entfernen|supprimer|eliminar|borrar|elimina|cancella|rimuovi|verwijderen|excluir|remover|apagar';
/** Sign-out words that mean nothing else, so they count inside a longer segment too ("customer-logout"). */
const LOGOUT_TOKENS = 'log-?out|log-?off|sign-?out|sign-?off|ausloggen|deconnexion|uitloggen';
const UNSUBSCRIBE_WORDS =
  'unsubscribe|opt-?out|abbestellen|austragen|desabonner|se-?desabonner|desinscri(re|ption)|se-?desinscrire|darse-?de-?baja|cancelar-?suscripcion|disiscri(viti|zione)|annulla-?iscrizione|uitschrijven|descadastrar|cancelar-?inscricao';
/** Verbs that also end a name ("konto-loeschen", "account-verwijderen", "account-delete"); not "remover", a noun in English. */
const DELETE_LAST = 'delete|remove|destroy|loschen|loeschen|entfernen|verwijderen';
const MY_WORDS = 'my|mon|ma|mes|mein|meine|meinen|mijn|mi|mis|mio|mia|meu|minha';
const BUY_NOW_WORDS =
  'buy-?now|one-?click|1-?click|instant-?buy|sofort-?kaufen|jetzt-?kaufen|acheter-?maintenant|comprar-?ahora|acquista-?ora|compra-?ora|nu-?kopen|direct-?kopen|comprar-?agora';
const ADD_TO_CART = 'add-?to-?(cart|basket|bag)|addtocart|addtobasket';
const CART_WORDS = 'cart|basket|checkout|warenkorb|kasse|panier|carrito|carrello|winkelwagen|winkelmand|carrinho|cesta';

/** URL spelling ("log-out", "logout") to link-text spelling ("log out", "logout"). */
function spaced(words: string): string {
  return words.replace(/-\??/g, '[- ]?');
}

const RULES: Rule[] = [
  {
    reason: 'state-changing link (sign out)',
    segment: new RegExp(`^(${LOGOUT_WORDS})$|^(log|sign)-?(out|off)|(^|-)(${LOGOUT_TOKENS})(-|$)`),
    // PrestaShop signs out with ?mylogout=.
    query: /^(my)?(log|sign)-?(out|off)$/,
    text: new RegExp(`^(${spaced(LOGOUT_WORDS)})$`),
  },
  {
    // Verb alone or with one object ("/delete", "remove-item", "supprimer-mon-compte", and verb last
    // as German and Dutch put it: "konto-loeschen", "account-verwijderen"); an information page
    // such as "/contact/delete-your-data-request-info" is a page, not an action.
    reason: 'state-changing link (delete)',
    segment: new RegExp(`^(${DELETE_WORDS})(-(${MY_WORDS}))?(-[a-z0-9]+)?$|^[a-z0-9]+-(${DELETE_LAST})$`),
    query: new RegExp(`^(${DELETE_WORDS})(_[a-z]+)?$`),
    text: new RegExp(`^(${DELETE_WORDS})( \\S+){0,2}$|^(\\S+ ){1,2}(${DELETE_LAST})$`),
  },
  {
    reason: 'state-changing link (add to cart)',
    segment: new RegExp(`^(${ADD_TO_CART})$`),
    path: /\/(cart|basket|bag|warenkorb|panier|carrito|carrello|winkelwagen|winkelmand|carrinho|cesta)\/(add|hinzufugen|hinzufuegen|ajouter|anadir|agregar|aggiungi|toevoegen|adicionar)(\/|$)/,
    query: new RegExp(`^(${ADD_TO_CART}|add_to_cart|add-to-cart)$`),
    text: /^(add to (cart|basket|bag)|(in den|zum) (warenkorb|einkaufswagen)|ajouter au panier|(anadir|agregar) al (carrito|carro)|aggiungi al carrello|(toevoegen aan|in) (de )?winkelwagen|adicionar ao carrinho)/,
  },
  { reason: 'shopping cart or checkout', segment: new RegExp(`^(${CART_WORDS})$`) },
  {
    reason: 'state-changing link (unsubscribe)',
    segment: new RegExp(`(^|-)(${UNSUBSCRIBE_WORDS})|^(newsletter|nieuwsbrief|mailing)-(abmelden|afmelden|austragen)$`),
    query: new RegExp(`^(${UNSUBSCRIBE_WORDS})$`),
    // "Newsletter abbestellen", "Unsubscribe from this list".
    text: new RegExp(`^(\\S+ ){0,2}(${spaced(UNSUBSCRIBE_WORDS)})( \\S+){0,3}$`),
  },
  {
    reason: 'state-changing link (one-click buy)',
    segment: new RegExp(`^(${BUY_NOW_WORDS})`),
    query: new RegExp(`^(${BUY_NOW_WORDS}|buynow)$`),
    text: /^(buy now( with 1-click)?|buy with 1-click|1-click|sofort kaufen|jetzt kaufen|acheter maintenant|comprar ahora|acquista ora|nu kopen|comprar agora)$/,
  },
  { reason: 'state-changing link (?action= or ?do= parameter)', query: /^(action|do)=/ },
  {
    reason: 'state-changing link (add to wishlist)',
    path: /\/(wishlist|wish-list|merkzettel|wunschliste|favorites|favourites)\/add(\/|$)/,
    segment: /^add-?to-?(wishlist|wish-list|favorites|favourites)$/,
    query: /^add[-_]?to[-_]?(wishlist|favorites|favourites)$/,
  },
  { reason: 'state-changing link (vote or like)', segment: /^(vote|upvote|downvote|like|unlike|dislike)$/, query: /^(vote|upvote|downvote|like|unlike)$/ },
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
