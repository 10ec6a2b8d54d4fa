import type { Element } from 'domhandler';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { closestElement, textOf } from '../../page/dom.js';
import { collapsedText, elementContext } from '../../page/element-context.js';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { regionOf } from '../../page/region.js';
import { classifyRole } from '../../role/classify-role.js';
import { fold } from '../../role/fold.js';
import { packPattern } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';
import { mentions } from '../../role/role-matcher.js';
import type { PageFinding } from '../../types.js';
import { isHidden } from '../../page/hidden.js';
import type { Extractor } from '../extractor.js';
import { MESSAGING_APPS, type MessagingApp } from './apps.js';
import type { Flag } from '../../flags.js';

/**
 * Links that open a conversation in a messaging app (WhatsApp, Messenger, Telegram, Viber, LINE,
 * WeChat, SMS, Apple Messages for Business). The apps and their link forms are data in
 * apps.ts, which also says why share buttons and group invites are left out.
 * value: the app id; display: the number in E.164 when the link carries one, else the link target.
 */
export const messagingExtractor: Extractor = {
  id: 'messaging',
  kinds: ['messaging'],
  extract(page) {
    const $ = page.$;
    const byKey = new Map<string, PageFinding>();
    const links = page.links;
    for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
      const el = links[i]!;
      const href = (el.attribs.href ?? '').trim();
      const target = linkTarget(href, (h) => page.resolveLink(h));
      const hit = target ? matchApp(target) : undefined;
      if (!hit) continue;
      const label = collapse(`${textOf(el)} ${el.attribs['aria-label'] ?? ''} ${el.attribs.title ?? ''}`);
      if (hit.app.broadcasts && BROADCAST.test(fold(label))) continue;
      const phone = hit.phone ? e164(hit.phone, hit.app.id !== 'sms', page.country) : undefined;
      const display = phone ?? href.slice(0, MAX_DISPLAY);
      const key = `${hit.app.id}\u0000${display}`;
      // In a tab or accordion the saved HTML hides: a click away, as emails and addresses mark it.
      const flags: Flag[] = isHidden($, el) ? ['collapsed'] : [];
      const seen = byKey.get(key);
      if (seen) {
        if (!flags.length) seen.flags = []; // also in plain view: not collapsed
        continue;
      }
      const block = closestElement(el, (e) => LINE_BLOCK.has(e.name));
      const line = (block ? collapsedText(block) : '').slice(0, 160);
      byKey.set(key, {
        kind: 'messaging',
        value: hit.app.id,
        display,
        role: role(page, el, label, line),
        flags,
        context: line || label || undefined,
        region: regionOf(el),
      });
    }
    return [...byKey.values()];
  },
};

const MAX_LINKS = 5_000;
/** A label saying the link is a channel to follow (every language pack's broadcastLabels), whole words in spaced languages. */
const BROADCAST = packPattern(
  LANGUAGE_PACKS,
  (pack) => (pack.unspaced ? pack.broadcastLabels : `(?:${pack.broadcastLabels})(?![\\p{L}\\p{N}_])`),
  'letters-digits',
);
const MAX_DISPLAY = 200;
const LINE_BLOCK = new Set('p,li,td,th,dd,dt,address,h1,h2,h3,h4,h5,h6,div,section,footer,header,aside,nav,main,body'.split(','));

/** What the patterns read: "host/path?query" for web links ("www." dropped), the whole href for app schemes. */
export function linkTarget(href: string, resolve: (href: string) => Readonly<URL> | undefined): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  let target: string;
  if (/^https?:|^\/\//i.test(href)) {
    const u = resolve(href);
    if (!u) return undefined;
    target = `${u.hostname.replace(/^www\./, '')}${u.pathname}${u.search}`;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    target = href;
  } else {
    return undefined; // a relative link stays on the site
  }
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

function matchApp(target: string): { app: MessagingApp; phone?: string } | undefined {
  for (const app of MESSAGING_APPS) {
    for (const re of app.links) {
      const m = re.exec(target);
      if (m) return { app, phone: m.groups?.phone };
    }
  }
  return undefined;
}

/**
 * WhatsApp and Viber numbers are international by definition (wa.me/4930123456 is +49...), so they
 * are read without a country; an sms: number may be national and is read with the page's country.
 */
function e164(raw: string, alwaysInternational: boolean, country: string | undefined): string | undefined {
  const written = raw.trim();
  const digits = written.replace(/\D/g, '');
  const international = alwaysInternational || written.startsWith('+') || written.startsWith('00');
  if (!international && !country) return undefined; // a national number and no country to read it with
  const parsed = international
    ? parsePhoneNumberFromString(`+${digits.replace(/^00/, '')}`)
    : parsePhoneNumberFromString(digits, country?.toUpperCase() as CountryCode);
  return parsed?.isPossible() ? parsed.number : undefined;
}

function role(page: ParsedPage, el: Element, label: string, line: string): PageFinding['role'] {
  const said = mentions(label);
  const near = said.sales || said.support || said.other ? label : line;
  const ctx = elementContext(page.$, el);
  return classifyRole({ near, heading: ctx.heading, title: page.title, url: page.url });
}
