import type { Element } from 'domhandler';
import { findFirst, textOf } from '../../page/dom.js';
import { elementContext } from '../../page/element-context.js';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { regionOf } from '../../page/region.js';
import { classifyRole } from '../../role/classify-role.js';
import { fold } from '../../role/fold.js';
import type { PageFinding } from '../../types.js';
import { NOT_CONTACT_CONTEXT } from './field-words.js';
import { CONTAINER_SERVICES, IFRAME_SERVICES, SCRIPT_SERVICES, SCRIPT_SRC_SERVICES } from './services.js';
import { holdsNoCode } from '../../page/script-type.js';

/** A hosted form whose fields are not in the HTML: where it lives, and the element that embeds it. */
interface Embed {
  service: string;
  value: string;
  el: Element;
  label: string;
}

/**
 * Forms rendered by a service's script or shown in its iframe, so no <form> element is there to
 * read. Their fields are unknown, so the words around them decide: one under "Subscribe to our
 * newsletter" or "Customer survey" is not a contact form. Services already seen as a rendered
 * <form> on this page (`seen`) are skipped: the live DOM has both the script and its form.
 */
export function embeddedForms(page: ParsedPage, seen: Set<string>): PageFinding[] {
  const out: PageFinding[] = [];
  // One finding a service: its frame, snippet and loader script are one form (frames come first, with the form's own URL).
  const reported = new Set<string>();
  for (const embed of findEmbeds(page)) {
    if (seen.has(embed.service) || reported.has(embed.service)) continue;
    const heading = headingBefore(page, embed.el);
    if (NOT_CONTACT_CONTEXT.test(fold(`${embed.label} ${heading} ${page.title}`))) continue;
    out.push({
      kind: 'form',
      value: embed.value,
      role: classifyRole({ near: embed.label, heading, title: page.title, url: page.url }),
      flags: [`embed:${embed.service}`],
      context: heading || embed.label || undefined,
      // regionOf walks tag elements; a <script> starts from its parent.
      region: regionOf(embed.el.type === 'tag' ? embed.el : ((embed.el.parent as Element | null) ?? embed.el)),
    });
    reported.add(embed.service);
  }
  return out;
}

function findEmbeds(page: ParsedPage): Embed[] {
  const embeds: Embed[] = [];
  const label = (el: Element) => el.attribs.title || el.attribs['aria-label'] || '';
  for (const el of page.byTag('iframe')) {
    const src = absolute(page.loadsFrom(el) ?? '', page.url);
    const service = src && IFRAME_SERVICES.find(([re]) => re.test(src))?.[1];
    if (src && service) embeds.push({ service, value: src, el, label: label(el) });
  }
  // Typeform's embed SDK: <div data-tf-widget="<form id>">; the live embed id is not a form URL.
  const names = page.attributeNames;
  const typeform = TYPEFORM_ATTRIBUTES.some((n) => names.has(n));
  for (const el of typeform ? page.elements : []) {
    const a = el.attribs;
    if (
      a['data-tf-widget'] === undefined &&
      a['data-tf-live'] === undefined &&
      a['data-tf-popup'] === undefined &&
      a['data-tf-slider'] === undefined &&
      a['data-tf-popover'] === undefined
    )
      continue;
    const id = a['data-tf-widget'] ?? a['data-tf-popup'] ?? a['data-tf-slider'] ?? a['data-tf-popover'];
    const value = id && /^[\w-]+$/.test(id) ? `https://form.typeform.com/to/${id}` : page.url;
    embeds.push({ service: 'typeform', value, el, label: label(el) });
  }
  // A container the service's script fills in; once rendered (the live DOM), its <form> is read as any other.
  for (const el of page.byTag('div')) {
    const service = el.attribs.class && CONTAINER_SERVICES.find(([re]) => re.test(el.attribs.class!))?.[1];
    if (service && !findFirst(el, (e) => e.name === 'form')) embeds.push({ service, value: page.url, el, label: label(el) });
  }
  for (const el of page.byTag('script')) {
    const src = page.loadsFrom(el);
    if (src) {
      const url = absolute(src, page.url);
      const service = url && SCRIPT_SRC_SERVICES.find(([re]) => re.test(url))?.[1];
      if (url && service) embeds.push({ service, value: url, el, label: '' });
      continue;
    }
    // A page that quotes an embed in its data (JSON-LD, an article's JSON) does not run it.
    if (holdsNoCode(el.attribs.type)) continue;
    const code = textOf(el).slice(0, 100_000);
    for (const [re, service] of SCRIPT_SERVICES) if (re.test(code)) embeds.push({ service, value: page.url, el, label: '' });
  }
  return embeds;
}

/**
 * The heading above an embed. elementContext walks tag elements only, and domhandler types a
 * <script> as 'script', not 'tag': so a script starts from the nearest element before it.
 */
function headingBefore(page: ParsedPage, el: Element): string {
  if (el.type === 'tag') return elementContext(page.$, el, '').heading;
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  if (prev) {
    const p = prev as Element;
    if (/^h[1-6]$/.test(p.name) || p.attribs.role === 'heading') return collapse(textOf(p)).slice(0, 120);
    return elementContext(page.$, prev as Element, '').heading;
  }
  const parent = el.parent;
  return parent && parent.type === 'tag' ? elementContext(page.$, parent as Element, '').heading : '';
}

const TYPEFORM_ATTRIBUTES = ['data-tf-widget', 'data-tf-live', 'data-tf-popup', 'data-tf-slider', 'data-tf-popover'];

function absolute(href: string, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
