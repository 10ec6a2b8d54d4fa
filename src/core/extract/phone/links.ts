import type { Element } from 'domhandler';
import { textOf } from '../../page/dom.js';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { elementContext } from '../../page/element-context.js';
import { regionOf } from '../../page/region.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import { lastLabel } from './labels.js';
import { parseNumber, phoneFinding } from './number.js';

/** A tel: or callto: link, in any case, as written (no space before the scheme). */
const TEL_SCHEME = /^(?:tel|callto):/i;
/** Links a page offers at most: a bound on work for generated directory pages. */
const MAX_LINKS = 500;

/**
 * Numbers in tel: links. The href is the number the site means to be dialled; RFC 3966 allows
 * visual separators and parameters (";ext=42", ";phone-context=…"), so the extension comes from there.
 */
export function telLinkFindings(page: ParsedPage): PageFinding[] {
  const out: PageFinding[] = [];
  let seen = 0;
  for (const a of page.byTag('a')) {
    // Tested in place: lower-casing every href on the page (most are long page URLs) only to read its scheme was this loop's cost.
    const href = a.attribs.href;
    if (href === undefined || !TEL_SCHEME.test(href)) continue;
    if (seen++ >= MAX_LINKS) break;
    const finding = linkFinding(page, a);
    if (finding) out.push(finding);
  }
  return out;
}

function linkFinding(page: ParsedPage, a: Element): PageFinding | undefined {
  const { $ } = page;
  const { number: text, ext } = splitTelHref(a.attribs.href ?? '');
  const number = parseNumber(text, page.country);
  if (!number) return undefined;
  if (ext && !number.ext) number.setExt(ext);
  const linkText = collapse(textOf(a));
  const label = collapse(`${a.attribs['aria-label'] ?? ''} ${a.attribs.title ?? ''}`);
  const ctx = elementContext($, a, `${label} ${linkText}`.trim());
  const kind = lastLabel(`${label} ${linkText.replace(/[\d\s().+-]+$/, '')}`) === 'fax' ? 'fax' : 'phone';
  const showsNumber = linkText.replace(/\D/g, '').length >= 7;
  return phoneFinding({
    kind,
    number,
    written: showsNumber ? linkText : text,
    role: classifyRole({ near: ctx.near, heading: ctx.heading, title: page.title, url: page.url }),
    flags: ['tel-link'],
    context: ctx.near || text,
    region: regionOf(a),
  });
}

/** "tel:+1-800-555-0100;ext=42" → number and extension; percent-escapes decoded, parameters dropped. */
export function splitTelHref(href: string): { number: string; ext?: string } {
  let body = href.trim().replace(/^(?:tel|callto):\/{0,2}/i, '');
  try {
    body = decodeURIComponent(body);
  } catch {
    // A stray '%' is not worth losing the number over.
  }
  const [number = '', ...params] = body.split(/[;?]/);
  const ext = params.map((p) => p.match(/^(?:ext|extension|x)=(\d{1,6})$/i)?.[1]).find(Boolean);
  return { number: number.trim(), ext };
}
