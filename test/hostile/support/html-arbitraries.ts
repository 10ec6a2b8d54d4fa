// fast-check generators for hostile HTML: random tag soup built from the vocabulary extractors
// look at (tel:, mailto:, itemprop, data-cfemail, chat loaders...), mutated fixture pages, and a
// fixed list of pathological pages aimed at regex backtracking and deep recursion.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIXTURES_DIR } from '../../../scripts/lib/serve-fixture.js';

const TAGS = [
  'div',
  'p',
  'a',
  'span',
  'table',
  'tr',
  'td',
  'form',
  'input',
  'address',
  'script',
  'style',
  'iframe',
  'img',
  'svg',
  'math',
  'template',
  'noscript',
  'br',
  'li',
  'ul',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'button',
  'label',
  'textarea',
  'select',
  'option',
  'meta',
  'base',
  'title',
  'h1',
  'b',
  'object',
  'area',
  'map',
  'section',
  'html',
  'head',
  'body',
  'link',
];
const ATTRS = [
  'href',
  'src',
  'class',
  'id',
  'itemprop',
  'itemtype',
  'itemscope',
  'data-cfemail',
  'aria-label',
  'alt',
  'title',
  'action',
  'name',
  'type',
  'content',
  'http-equiv',
  'style',
  'rel',
  'lang',
  'hidden',
  'onclick',
  'data-phone',
  'property',
  'charset',
];
const VALUES = [
  'tel:+1 (202) 555-0143',
  'tel:',
  'mailto:sales@vendor.example',
  'mailto:?subject=x',
  'mailto:',
  'javascript:void(0)',
  'data:text/html,<b>',
  '/contact',
  '../../../',
  '//other.example/x',
  'http://[::1',
  'https://wa.me/12025550143',
  'https://widget.intercom.io/widget/abc',
  'https://static.zdassets.com/ekr/snippet.js?key=x',
  'https://js.hsforms.net/forms/v2.js',
  'PostalAddress',
  'telephone',
  'email',
  'streetAddress',
  'https://schema.org/Organization',
  '1d2c3b4a5f',
  'ZZZZ',
  'display:none',
  'refresh',
  '0;url=/x',
  'nofollow',
  'application/ld+json',
  'text/javascript',
  'utf-8',
  'shift_jis',
  '',
  ' ',
  '"',
  "'",
  '<',
  '&amp;',
  '&#x202E;',
];
const TEXT = [
  'Call us',
  'Sales: +1 202 555 0143',
  'Support (202) 555-0199',
  'Tel. 030 1234567',
  '+49 (0) 30 123 45-67',
  'Fax: 030 1234599',
  '0800 123 4567',
  '1-800-FLOWERS',
  'ext. 204',
  'sales@vendor.example',
  'support [at] vendor [dot] example',
  'info(at)vendor.example',
  'noreply@vendor.example',
  'Königstraße 12, 70173 Stuttgart',
  '1400 Market Street, Denver, CO 80202',
  '12 rue de l’Église, 75004 Paris',
  'Postfach 10 20 30',
  'Kontakt',
  'Impressum',
  'Contact us',
  'serial number',
  'sign in to contact support',
  'Mo–Fr 9–17 Uhr',
  '営業部 お電話: 03-1234-5678',
  '\u202E',
  '\u200B',
  '\u0000',
  '\uFFFD',
  '&nbsp;',
  '&#0;',
  '&#x110000;',
  '&',
  '<',
  '>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml?>',
  '<!doctype html>',
  '{"@context":"https://schema.org","@type":"Organization","telephone":"+12025550143","email":"a@b.example","address":{"streetAddress":"1 Main St"}}',
  '{"@type":',
  '}}}}',
  '@',
  '.',
  '+',
  '(',
  ')',
  '-',
  '/',
  '0123456789',
];

const attr = fc
  .tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 30 })))
  .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`);
const token = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 4 })).map(([t, a]) => `<${t}${a.join('')}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
  { weight: 4, arbitrary: fc.constantFrom(...TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** Unbalanced, nested-anyhow HTML from the extractors' own vocabulary. */
export const tagSoup = fc.array(token, { maxLength: 120 }).map((t) => t.join(''));

/** Any string at all, including lone surrogates and control characters. */
export const anyString = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

export const FIXTURE_PAGES: string[] = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(FIXTURES_DIR, d.name))
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(FIXTURES_DIR, d.name, f), 'utf8')),
  );

type Mutation = { op: 'cut' | 'delete' | 'duplicate' | 'insert' | 'swap'; a: number; b: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('cut', 'delete', 'duplicate', 'insert', 'swap'),
  a: fc.nat(),
  b: fc.nat(),
  text: token,
});

function mutate(html: string, m: Mutation): string {
  const n = html.length || 1;
  const [i, j] = [m.a % n, m.b % n].sort((x, y) => x - y) as [number, number];
  switch (m.op) {
    case 'cut':
      return html.slice(0, i);
    case 'delete':
      return html.slice(0, i) + html.slice(j);
    case 'duplicate':
      return html.slice(0, j) + html.slice(i, j) + html.slice(j);
    case 'insert':
      return html.slice(0, i) + m.text + html.slice(i);
    case 'swap':
      return html.slice(j) + html.slice(i, j) + html.slice(0, i);
  }
}

/** A fixture vendor page with a few random cuts, duplications, insertions and swaps. */
export const mutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURE_PAGES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([html, ms]) => ms.reduce(mutate, html));

const rep = (s: string, n: number) => s.repeat(n);
/**
 * Pathological pages, each aimed at a way a parser or a regex can blow up. ~100-200 KB each: big
 * enough that quadratic work or backtracking takes seconds, small enough that linear work does not.
 */
export const PATHOLOGICAL: [string, string][] = [
  ['3,000 unclosed nested spans and tables', rep('<span><table><tr><td>', 1_000)],
  ['a 300 KB href', `<a href="tel:${rep('9', 300_000)}">call</a>`],
  ['a 200 KB title attribute and alt', `<a href="/contact" title="${rep('x ', 50_000)}"><img alt="${rep('Kontakt ', 12_000)}"></a>`],
  ['a 200 KB data-cfemail', `<a class="__cf_email__" data-cfemail="${rep('ab', 100_000)}">[email protected]</a>`],
  ['100 KB of digits and spaces', rep('1 2 3 4 5 6 7 8 9 0 ', 5_000)],
  ['200 KB of digits, dashes and parentheses', rep('(0) 12-34-56-78 / ', 11_000)],
  ['200 KB of plus signs and digits', rep('+49 +49 +49 ', 18_000)],
  ['an email-like run with no end', `${rep('a.', 100_000)}@`],
  ['an @ run', rep('a@b.', 50_000)],
  ['an obfuscated-email run', rep('x [at] y [dot] ', 14_000)],
  ['a dotted domain with no end', `sales@${rep('a.', 100_000)}`],
  ['street words with no number', rep('Königstraße Hauptstraße Main Street rue de la ', 5_000)],
  ['postal codes with no street', rep('70173 Stuttgart 75004 Paris CO 80202 ', 6_000)],
  ['one 300 KB word', rep('a', 300_000)],
  [
    'a 200 KB JSON-LD block',
    `<script type="application/ld+json">{"@graph":[${rep('{"@type":"Organization","telephone":"+12025550143"},', 4_000)}{}]}</script>`,
  ],
  ['deeply nested JSON-LD', `<script type="application/ld+json">${rep('{"a":', 20_000)}1${rep('}', 20_000)}</script>`],
  ['5,000 links to one page', rep('<a href="/p?x=1">Kontakt</a>', 5_000)],
  ['5,000 links to distinct pages', Array.from({ length: 5_000 }, (_, i) => `<a href="/p${i}">Kontakt ${i}</a>`).join('')],
  ['5,000 tel: links', rep('<a href="tel:+12025550143">x</a>', 5_000)],
  ['2,000 forms', rep('<form action="/c"><input type="email" name="email"><textarea name="message"></textarea></form>', 2_000)],
  ['a 200 KB script with chat loader words', `<script>${rep('Intercom("boot");zE("webWidget");', 6_000)}</script>`],
  ['200 KB of entities', rep('&#x202E;&nbsp;&amp;&#0;&#xD800;', 7_000)],
  ['200 KB of bidi and zero-width characters', rep('\u202E\u200B\u2066\uFEFF1', 40_000)],
  ['an unterminated comment', `<!--${rep('<a href="tel:1">', 10_000)}`],
  ['100 KB of <br> between digits', rep('0<br>3<br>0 ', 10_000)],
  // Scripts without spaces between words (Korean, Chinese, Japanese): an address reader that tried
  // every length of a name at every place took seconds on a paragraph of this.
  ['200 KB of Hangul with no space, a digit at the end', `<p>${rep('가', 200_000)}9</p>`],
  ['200 KB of Han and digits', `<p>${rep('北京市朝阳区建国路8', 20_000)}</p>`],
  ['a 300 KB JSON menu', `<script type="application/json">{"menu":[${rep('{"label":"Contact","href":"/contact"},', 8_000)}{}]}</script>`],
  ['4-digit numbers before capitalised words', rep('Musterstraße 1, 1060 Wien ', 8_000)],
];
