import type { ParsedPage } from '../../page/parsed-page.js';
import type { PageFinding } from '../../types.js';
import { mergeFlags } from '../../finding-key.js';
import type { Extractor } from '../extractor.js';
import { imageFindings, imageLabels } from './images.js';
import { telLinkFindings } from './links.js';
import { structuredFindings } from './structured.js';
import { textFindings } from './text.js';

/**
 * Phone and fax numbers, from visible text, tel: links, schema.org markup and images; plus the
 * 'image-only-phone' gate when a page shows its number only as a picture.
 * Numbers are read with page.country (the caller's override, else inferred: locale/infer-country.ts).
 */
export const phoneExtractor: Extractor = {
  id: 'phone',
  kinds: ['phone', 'fax', 'gate'],
  extract(page: ParsedPage): PageFinding[] {
    const links = telLinkFindings(page);
    const text = withoutLinkTexts(textFindings(page, imageLabels(page)), links);
    reconcileLinks(links, text);
    const found = [...text, ...links, ...structuredFindings(page)];
    const images = imageFindings(page, new Set(found.map((f) => f.value)));
    found.push(...images.findings);
    if (images.phoneImage && !found.some((f) => f.kind === 'phone')) {
      found.push({ kind: 'gate', value: 'image-only-phone', role: 'general', flags: ['image-only-phone'], context: 'A phone shown only as an image' });
    }
    return mergeSame(found);
  },
};

/**
 * A tel: link on a number its text labels as a fax ("Fax: <a href=tel:…>") is that fax: the link
 * alone does not make a fax machine a phone.
 */
function reconcileLinks(links: PageFinding[], text: PageFinding[]): void {
  const faxOnly = new Set(text.filter((f) => f.kind === 'fax').map((f) => f.value));
  for (const f of text) if (f.kind === 'phone') faxOnly.delete(f.value);
  for (const f of links) if (f.kind === 'phone' && faxOnly.has(f.value)) f.kind = 'fax';
}

/**
 * `<a href="tel:+12125550123;ext=23">(212) 555-0123</a>`: the text read as "(212) 555-0123" is the
 * link's own label, and the link, extension and all, is the contact; it is not a second number.
 */
function withoutLinkTexts(text: PageFinding[], links: PageFinding[]): PageFinding[] {
  const shown = new Set(links.filter((l) => l.value.includes(';ext=')).map((l) => `${l.value.split(';ext=')[0]} ${l.display?.replace(/ ext\. \d+$/, '')}`));
  return shown.size ? text.filter((f) => !shown.has(`${f.value} ${f.display}`)) : text;
}

/** One finding per kind and number: flags unioned, a specific role and a display with an extension kept. */
function mergeSame(findings: PageFinding[]): PageFinding[] {
  const byKey = new Map<string, PageFinding>();
  for (const f of findings) {
    const key = `${f.kind} ${f.value}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, flags: [...f.flags] });
      continue;
    }
    if (!seen.flags.includes('extension') && f.flags.includes('extension')) seen.display = f.display;
    seen.flags = mergeFlags(seen.flags, f.flags);
    if (seen.role === 'general' && f.role !== 'general') {
      seen.role = f.role;
      seen.context = f.context ?? seen.context;
    }
    seen.region ??= f.region;
  }
  return [...byKey.values()];
}
