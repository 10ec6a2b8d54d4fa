import type { PageLink, Region } from '../types.js';

/**
 * Words on links to the pages where vendors put their contacts, per language (en, de, fr, es,
 * it, nl, pt). Weight 3: the page is about contacting the vendor; weight 2: pages that often
 * carry contacts (company, legal notice, locations). Matched on word starts, case- and
 * accent-insensitively, in the link text and in the URL's path words.
 * Sources: navigation labels of vendor sites in each language; the legal-notice page names
 * required by § 5 DDG (Impressum), LCEN art. 6 (mentions légales), LSSI art. 10 (aviso legal).
 */
export const CONTACT_LINK_WORDS: Record<string, Record<string, 3 | 2>> = {
  en: {
    contact: 3,
    'contact us': 3,
    'get in touch': 3,
    support: 3,
    help: 3,
    'help center': 3,
    'customer service': 3,
    'customer care': 3,
    sales: 3,
    'talk to sales': 3,
    imprint: 3,
    'legal notice': 2,
    about: 2,
    'about us': 2,
    company: 2,
    locations: 2,
    offices: 2,
    'find us': 2,
    'where to buy': 2,
    faq: 2,
    service: 2,
    legal: 2,
  },
  de: {
    kontakt: 3,
    kontaktformular: 3,
    impressum: 3,
    hilfe: 3,
    kundenservice: 3,
    kundendienst: 3,
    vertrieb: 3,
    'uber uns': 2,
    'ueber uns': 2,
    unternehmen: 2,
    standorte: 2,
    anfahrt: 2,
    'so finden sie uns': 2,
  },
  fr: {
    contact: 3,
    contactez: 3,
    'nous contacter': 3,
    'contactez-nous': 3,
    aide: 3,
    assistance: 3,
    'service client': 3,
    'mentions legales': 3,
    'a propos': 2,
    'qui sommes-nous': 2,
    societe: 2,
    implantations: 2,
    'nos agences': 2,
  },
  es: {
    contacto: 3,
    contactar: 3,
    contactenos: 3,
    ayuda: 3,
    soporte: 3,
    'atencion al cliente': 3,
    ventas: 3,
    'aviso legal': 3,
    'sobre nosotros': 2,
    'quienes somos': 2,
    empresa: 2,
    oficinas: 2,
    ubicaciones: 2,
  },
  it: {
    contatti: 3,
    contattaci: 3,
    contatto: 3,
    assistenza: 3,
    supporto: 3,
    aiuto: 3,
    'servizio clienti': 3,
    'note legali': 3,
    'chi siamo': 2,
    azienda: 2,
    sedi: 2,
  },
  nl: { contact: 3, klantenservice: 3, hulp: 3, ondersteuning: 3, verkoop: 3, colofon: 3, 'over ons': 2, bedrijf: 2, vestigingen: 2 },
  pt: {
    contato: 3,
    contacto: 3,
    contactos: 3,
    'fale conosco': 3,
    ajuda: 3,
    suporte: 3,
    atendimento: 3,
    'apoio ao cliente': 3,
    'aviso legal': 3,
    'sobre nos': 2,
    'quem somos': 2,
    empresa: 2,
    lojas: 2,
  },
};

/** Header, nav and footer carry the site-wide links (contact, imprint) when the words are missing. */
const SITE_WIDE_REGIONS: ReadonlySet<Region> = new Set(['header', 'nav', 'footer']);

/**
 * One alternation per weight, highest first: a link is scored by 2 regex tests instead of one
 * per word (~100), which matters when a layer ranks hundreds of links between two rounds of requests.
 */
const WORDS: [RegExp, number][] = [3, 2].map((weight) => {
  const words = Object.values(CONTACT_LINK_WORDS).flatMap((byWord) =>
    Object.entries(byWord)
      .filter(([, w]) => w === weight)
      .map(([word]) => fold(word).replace(/[-\s]+/g, '[-\\s]*')),
  );
  return [new RegExp(`(?:^|[^a-z0-9])(?:${[...new Set(words)].join('|')})`), weight];
});

/** Lower-case, accents off, so "À propos" and "a-propos" match one entry. */
function fold(text: string): string {
  // Plain ASCII (most link texts and paths) has no accents to take off.
  return /^[\x00-\x7f]*$/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

function wordWeight(text: string): number {
  for (const [re, weight] of WORDS) if (re.test(text)) return weight;
  return 0;
}

/** The words of a URL's path, e.g. "/de/ueber-uns/kontakt.html" → "de ueber uns kontakt html". */
function urlWords(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = url;
  }
  return fold(path).replace(/[/_.+]+/g, ' ');
}

/** How contact-like a URL alone is (0, 2 or 3): for sitemap entries, which have no link text. */
export function urlContactWeight(url: string): number {
  return wordWeight(urlWords(url));
}

/**
 * Higher first. Contact words on the link beat everything (text a little over URL words, since
 * the text is what a visitor reads); then site-wide regions; then the rest (0).
 */
export function linkScore(link: Pick<PageLink, 'url' | 'text' | 'region'>): number {
  return contactWordScore(link) + (SITE_WIDE_REGIONS.has(link.region) ? 5 : 0);
}

/** The contact words alone, on the link or in its URL: 0, 19–21 (weight 2) or 29–31 (weight 3). */
export function contactWordScore(link: Pick<PageLink, 'url' | 'text'>): number {
  const byText = wordWeight(fold(link.text));
  const byUrl = urlContactWeight(link.url);
  return Math.max(byText * 10 + (byUrl ? 1 : 0), byUrl * 10 - 1);
}

/** Stable sort: equal scores keep document order. */
export function rankLinks<T extends Pick<PageLink, 'url' | 'text' | 'region'>>(links: T[]): T[] {
  return rankScored(links).map((x) => x.link);
}

/** rankLinks with each link's score, for budget rules that treat links without contact signal apart. */
export function rankScored<T extends Pick<PageLink, 'url' | 'text' | 'region'>>(links: T[]): { link: T; score: number }[] {
  return links
    .map((link, i) => ({ link, i, score: linkScore(link) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ link, score }) => ({ link, score }));
}
