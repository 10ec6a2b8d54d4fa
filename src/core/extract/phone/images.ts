import type { Element } from 'domhandler';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { closestElement, textOf } from '../../page/dom.js';
import { elementContext } from '../../page/element-context.js';
import { regionOf } from '../../page/region.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import { missingTrunkPrefix, notPhone } from './guards.js';
import { labelLine, lastLabel } from './labels.js';
import { numbersInText, phoneFinding } from './number.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';

/**
 * Phone numbers a page shows only as a picture: a shopper can read them, a screen reader or a copy
 * and paste cannot. A number in an image's alt, title or file name that the text does not also give
 * is an 'image-only' phone; an image that stands for a phone ("call-us.png") on a page with no
 * phone text at all is a gate: the number is there, but only as pixels.
 */

const MAX_IMAGES = 300;
/** Words that make an image stand for a phone number, in every language pack (phoneLabels.imageWords). */
const PHONE_IMAGE = new RegExp(`(?<![\\p{L}])(?:${LANGUAGE_PACKS.map((pack) => pack.phoneLabels.imageWords).join('|')})(?![\\p{L}])`, 'iu');
/** Icons and buttons sit next to the number or link to a page: they do not replace it. */
const DECORATION = /icon|(?<![\p{L}])ico(?![\p{L}])|sprite|logo|bullet|arrow|btn|button/iu;
/** Images this small both ways (px, from attributes) are icons whatever their name says. */
const ICON_SIZE = 40;
/** Words an image's alt or name may have and still be just "the phone number". */
const MAX_IMAGE_WORDS = 3;
/** Characters of text read after a label image ("<img alt=fax>+1 212 555 0124"). */
const AFTER_IMAGE_CHARS = 60;

export interface ImageResult {
  findings: PageFinding[];
  /** An image standing for a phone (no digits readable), not decoration. */
  phoneImage: boolean;
}

export function imageFindings(page: ParsedPage, known: Set<string>): ImageResult {
  const { $ } = page;
  const findings: PageFinding[] = [];
  let phoneImage = false;
  for (const img of page.byTag('img').slice(0, MAX_IMAGES)) {
    const texts = imageTexts($, img);
    let found = false;
    for (const text of texts) {
      // libphonenumber finds nothing in text without a digit (most alt texts and file names).
      if (!HAS_DIGIT.test(text)) continue;
      for (const m of numbersInText(text, page.country)) {
        found = true;
        const labelled = PHONE_IMAGE.test(text) || lastLabel(text.slice(0, m.startsAt)) !== undefined;
        const written = text.slice(m.startsAt, m.endsAt);
        if (notPhone(text, m.startsAt, m.endsAt, labelled) || missingTrunkPrefix(written, m.number) || known.has(m.number.number)) continue;
        known.add(m.number.number);
        const kind = lastLabel(text.slice(0, m.startsAt)) === 'fax' ? 'fax' : 'phone';
        const ctx = elementContext($, img, text);
        const role = classifyRole({ near: text, heading: ctx.heading, title: page.title, url: page.url });
        findings.push(phoneFinding({ kind, number: m.number, written, role, flags: ['image-only'], context: text, region: regionOf(img) }));
      }
    }
    if (!found && !phoneImage && standsForPhone($, img, texts)) phoneImage = true;
  }
  return { findings, phoneImage };
}

/** alt, title and the file name as words ("phone-0800-123-4567.png" → "phone 0800-123-4567"). */
export function imageTexts(_$: ParsedPage['$'], img: Element): string[] {
  // Read twice per image (labels, then numbers): once is enough.
  let texts = IMAGE_TEXTS.get(img);
  if (!texts) {
    texts = readImageTexts(img);
    IMAGE_TEXTS.set(img, texts);
  }
  return texts;
}

const IMAGE_TEXTS = new WeakMap<Element, string[]>();
const HAS_DIGIT = /\p{Nd}/u;

function readImageTexts(img: Element): string[] {
  const attribs = img.attribs;
  const src = attribs.src ?? attribs['data-src'] ?? '';
  // An inline data: image has no file name, only base64 (tens of KB on some pages): nothing to read.
  let file = /^\s*data:/i.test(src) ? '' : (src.split(/[?#]/)[0]?.split('/').pop() ?? '');
  try {
    file = decodeURIComponent(file);
  } catch {
    // Keep the raw name.
  }
  file = file
    .replace(/\.(?:png|gif|jpe?g|webp|svg|bmp)$/i, '')
    .replace(/[_+]+/g, ' ')
    .replace(/(?<=\p{L})-(?=\d)/gu, ' ');
  return [attribs.alt, attribs.title, file].map((t) => collapse(t ?? '')).filter(Boolean);
}

function standsForPhone(_$: ParsedPage['$'], img: Element, texts: string[]): boolean {
  const attribs = img.attribs;
  if (texts.some((t) => DECORATION.test(t)) || DECORATION.test(attribs.class ?? '')) return false;
  // An icon is small both ways; a picture of a number is wide and short (173×23).
  const sizes = ['width', 'height'].map((a) => parseInt(attribs[a] ?? '', 10)).filter(Number.isFinite);
  const small = sizes.length > 0 && sizes.every((v) => v <= ICON_SIZE);
  // Inside a link to another page it is a button to a contact page, not the number itself.
  const href = closestElement(img, (e) => e.name === 'a' && e.attribs.href !== undefined)?.attribs.href;
  if (small || (href !== undefined && !/^tel:/i.test(href))) return false;
  return texts.some((t) => !/\d{3}/.test(t) && namesPhone(t));
}

/**
 * The image's words are about the number itself ("phone", "Call us", "Hotline"), not a sentence
 * that mentions a phone ("Apply over the phone"): at most three words, or starting with the word.
 */
function namesPhone(text: string): boolean {
  const m = PHONE_IMAGE.exec(text);
  if (!m) return false;
  return text.split(/[\s-]+/).filter(Boolean).length <= MAX_IMAGE_WORDS || m.index === 0;
}

/**
 * Numbers labelled by a picture: an icon whose alt, title or file name says "fax" or "phone",
 * followed by the number as text. The text reader skips images, so the label is read here and
 * handed to it by the number's value.
 */
export function imageLabels(page: ParsedPage): Map<string, 'phone' | 'fax'> {
  const { $ } = page;
  const out = new Map<string, 'phone' | 'fax'>();
  for (const img of page.byTag('img').slice(0, MAX_IMAGES)) {
    const label = imageTexts($, img)
      .map((t) => labelLine(t.replace(/[-_]/g, ' ')))
      .find((l) => l === 'fax' || l === 'phone');
    if (!label) continue;
    let text = '';
    for (let n = img.next; n && text.length < AFTER_IMAGE_CHARS; n = n.next) {
      if (n.type === 'tag' && /^(?:img|br|p|div|li|td)$/i.test((n as Element).name)) break;
      text += textOf(n);
    }
    for (const m of numbersInText(text.slice(0, AFTER_IMAGE_CHARS), page.country)) {
      out.set(m.number.number, label);
    }
  }
  return out;
}
