import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { Element } from 'domhandler';
import { collapse, type ParsedPage } from '../page/parsed-page.js';
import { elementContext } from '../page/element-context.js';
import { regionOf } from '../page/region.js';
import { classifyRole } from '../role/classify-role.js';
import type { PageFinding } from '../types.js';
import { notPhone } from './phone-guards.js';
import { lastLabel } from './phone-labels.js';
import { countryCode, phoneFinding } from './phone-number.js';

/**
 * Phone numbers a page shows only as a picture: a shopper can read them, a screen reader or a copy
 * and paste cannot. A number in an image's alt, title or file name that the text does not also give
 * is an 'image-only' phone; an image that stands for a phone ("call-us.png") on a page with no
 * phone text at all is a gate: the number is there, but only as pixels.
 */

const MAX_IMAGES = 300;
/** Words that make an image stand for a phone number (en, de, fr, es, it, nl, pt). */
const PHONE_IMAGE = /(?<![\p{L}])(?:phone(?:[\s_-]?number)?|telephone|t[ée]l[ée]phone|telefon(?:nummer)?|tel[ée]fono|telefoon|hotline|call[\s_-]?(?:us|now)|rufnummer|num[ée]ro|tel)(?![\p{L}])/iu;
/** Icons and buttons sit next to the number or link to a page: they do not replace it. */
const DECORATION = /icon|(?<![\p{L}])ico(?![\p{L}])|sprite|logo|bullet|arrow|btn|button/iu;
/** Images this small (px, from attributes) are icons whatever their name says. */
const ICON_SIZE = 40;

export interface ImageResult {
  findings: PageFinding[];
  /** An image standing for a phone (no digits readable), not decoration. */
  phoneImage: boolean;
}

export function imageFindings(page: ParsedPage, known: Set<string>): ImageResult {
  const { $ } = page;
  const findings: PageFinding[] = [];
  let phoneImage = false;
  $('img')
    .slice(0, MAX_IMAGES)
    .each((_, img) => {
      const texts = imageTexts($, img);
      let found = false;
      for (const text of texts) {
        for (const m of findPhoneNumbersInText(text, { defaultCountry: countryCode(page.country) })) {
          found = true;
          const labelled = PHONE_IMAGE.test(text) || lastLabel(text.slice(0, m.startsAt)) !== undefined;
          if (notPhone(text, m.startsAt, m.endsAt, labelled) || known.has(m.number.number)) continue;
          known.add(m.number.number);
          const kind = lastLabel(text.slice(0, m.startsAt)) === 'fax' ? 'fax' : 'phone';
          const ctx = elementContext($, img, text);
          const role = classifyRole({ near: text, heading: ctx.heading, title: page.title, url: page.url });
          const written = text.slice(m.startsAt, m.endsAt);
          findings.push(phoneFinding({ kind, number: m.number, written, role, flags: ['image-only'], context: text, region: regionOf(img) }));
        }
      }
      if (!found && !phoneImage && standsForPhone($, img, texts)) phoneImage = true;
    });
  return { findings, phoneImage };
}

/** alt, title and the file name as words ("phone-0800-123-4567.png" → "phone 0800-123-4567"). */
export function imageTexts($: ParsedPage['$'], img: Element): string[] {
  const $img = $(img);
  const src = $img.attr('src') ?? $img.attr('data-src') ?? '';
  let file = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
  try {
    file = decodeURIComponent(file);
  } catch {
    // Keep the raw name.
  }
  file = file.replace(/\.(?:png|gif|jpe?g|webp|svg|bmp)$/i, '').replace(/[_+]+/g, ' ').replace(/(?<=\p{L})-(?=\d)/gu, ' ');
  return [$img.attr('alt'), $img.attr('title'), file].map((t) => collapse(t ?? '')).filter(Boolean);
}

function standsForPhone($: ParsedPage['$'], img: Element, texts: string[]): boolean {
  const $img = $(img);
  if (texts.some((t) => DECORATION.test(t)) || DECORATION.test($img.attr('class') ?? '')) return false;
  const small = ['width', 'height'].some((a) => {
    const v = parseInt($img.attr(a) ?? '', 10);
    return Number.isFinite(v) && v <= ICON_SIZE;
  });
  // Inside a link to another page it is a button to a contact page, not the number itself.
  const href = $img.closest('a[href]').attr('href');
  if (small || (href !== undefined && !/^tel:/i.test(href))) return false;
  return texts.some((t) => !/\d{3}/.test(t) && PHONE_IMAGE.test(t));
}
