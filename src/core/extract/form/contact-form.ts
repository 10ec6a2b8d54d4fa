import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { elementContext } from '../../page/element-context.js';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { findFirst, textOf } from '../../page/dom.js';
import { regionOf } from '../../page/region.js';
import { classifyRole } from '../../role/classify-role.js';
import { fold } from '../../role/fold.js';
import type { PageFinding } from '../../types.js';
import type { Extractor } from '../extractor.js';
import { BLOG_COMMENT, COMMENT_FORM, CONTACT_PURPOSE, NOT_CONTACT_CONTEXT } from './field-words.js';
import { fieldsAfterEarlyClose, isSubmitControl } from './closed-early.js';
import { embeddedForms } from './embeds.js';
import { formShape, labelsById, type FormShape } from './fields.js';
import { ACTION_SERVICES, CAPTCHA_IN_FORM, CAPTCHA_SCRIPT, MARKUP_SERVICES } from './services.js';
import { gatesIn, sentences } from '../gate/match.js';
import type { Flag } from '../../flags.js';

/**
 * Contact forms: a free-text message field and a way to reply (email or phone), and not a search,
 * sign-in, checkout, review or blog-comment form. A sales lead form without a message field
 * ("Request a demo": name, email, company) also counts when its own words say sales: flag 'lead-form'.
 * value: the absolute action URL (the page URL when the action is empty or script).
 * flags: 'captcha', 'login-required' (sign-in wording around it), 'embed:<service>'.
 * Forms a service renders by script or iframe are found from their embed markers (embeds.ts).
 */
export const contactFormExtractor: Extractor = {
  id: 'contact-form',
  kinds: ['form'],
  extract(page) {
    const findings: PageFinding[] = [];
    const services = new Set<string>();
    for (const { finding } of formDecisions(page)) {
      if (!finding) continue;
      for (const f of finding.flags) if (f.startsWith('embed:')) services.add(f.slice(6));
      findings.push(finding);
    }
    return [...findings, ...embeddedForms(page, services)];
  },
};

/** Each <form> of the page in document order, with its finding when it is a contact form (also for the form evaluation, scripts/eval-forms.ts). */
export function formDecisions(page: ParsedPage): { form: Element; finding?: PageFinding }[] {
  const forms = page.byTag('form').slice(0, MAX_FORMS);
  // Labels and the captcha script matter only to a <form>: most pages have none.
  const labels = forms.length ? labelsById(page.$, page.byTag('label')) : new Map<string, string>();
  const pageCaptcha = forms.length > 0 && page.byTag('script').some((s) => s.attribs.src !== undefined && CAPTCHA_SCRIPT.test(s.attribs.src));
  // Fields outside a form that name it (form="id") belong to it; a page that uses the attribute at all is rare.
  const owned = new Map<string, Element[]>();
  if (forms.length && page.attributeNames.has('form'))
    for (const el of page.elements) {
      const owner = el.attribs.form;
      if (owner && ['input', 'textarea', 'select', 'button'].includes(el.name)) owned.set(owner, [...(owned.get(owner) ?? []), el]);
    }
  return forms.map((form) => {
    const outside = [...(owned.get(form.attribs.id ?? '') ?? []), ...fieldsAfterEarlyClose(form)];
    const finding = readForm(page, form, labels, pageCaptcha, outside);
    return finding ? { form, finding } : { form };
  });
}

/** Forms read per page: a real page has a handful; this bounds the work on a generated one. */
const MAX_FORMS = 100;
/** Minimum fields for a lead form without a message: name, email and one more (company, phone...). */
const LEAD_FORM_MIN_FIELDS = 3;

function readForm(page: ParsedPage, form: Element, labels: Map<string, string>, pageCaptcha: boolean, outside: Element[]): PageFinding | undefined {
  const { $ } = page;
  const $form = $(form);
  // Fields owned by form= that sit inside the form already are not counted twice.
  const shape = formShape(
    $,
    form,
    labels,
    outside.filter((el) => !$form.has(el).length),
  );
  if (shape.password || shape.search || shape.review || shape.recipient || shape.otherParty || shape.application) return undefined;
  const { heading } = elementContext($, form, '');
  // Form builders (Jotform, Wufoo) put the form's title in a heading inside it.
  const formTitle = collapse(form.attribs['aria-label'] || firstText(form, LEGEND) || firstText(form, HEADING)).slice(0, 200);
  // The form's own words: its title, its id and class ("sales-contact", "contactForm"), its submit button ("Request a demo").
  const ownLabel = [formTitle, words(form.attribs.id), words(form.attribs.class), submitText(form)].filter(Boolean).join(' · ');
  const namedContact = CONTACT_PURPOSE.test(fold(ownLabel));
  const actionWords = words(actionPath(form.attribs.action));
  const ownPurpose = namedContact || CONTACT_PURPOSE.test(fold(actionWords));
  const headingPurpose = CONTACT_PURPOSE.test(fold(heading));
  // A cart endpoint, checkout words on the buttons: a shop form, unless the form itself says it is for contact.
  if (shape.checkout && !(shape.checkoutByAction && (ownPurpose || headingPurpose))) return undefined;
  // A user name to choose says registration, unless the form says contact (a honeypot field is often named "username").
  if (shape.account && !ownPurpose && !headingPurpose) return undefined;
  // A form with no field to fill is a contact form only by its own name (id="contactForm", a script
  // fills it in), not by a heading inside it: ASP.NET wraps a whole page in one <form> (webstruct-dev).
  const namedByAttributes = CONTACT_PURPOSE.test(fold([form.attribs['aria-label'], words(form.attribs.id), words(form.attribs.class)].join(' ')));
  if (!isContactShape(shape, ownPurpose, headingPurpose, namedByAttributes)) return undefined;
  if (isBlogComment(page, form, heading)) return undefined;
  // Comment systems other than WordPress's name their form ("comment-form", "/comments/add", "Post
  // comment", "guestbook"): a comment form unless it or its heading says contact (a contact form's
  // class "commentsblock" on formasaurus-dev). Learned from forms the rules above let through.
  if (COMMENT_FORM.test(fold(`${ownLabel} ${actionWords}`)) && !ownPurpose && !headingPurpose) return undefined;
  if (NOT_CONTACT_CONTEXT.test(fold(`${ownLabel} ${heading} ${shape.hiddenValues.join(' ')}`))) return undefined;
  const near = [ownLabel, ...shape.topics].join(' · ');
  const role = classifyRole({ near, heading, title: page.title, url: page.url });
  const flags: Flag[] = [];
  if (!shape.message) {
    // No message field: a lead form when its own words (not the URL) say sales; without words of
    // contact either, nothing else makes it a way to write to the vendor.
    const lead = shape.visibleFields >= LEAD_FORM_MIN_FIELDS && classifyRole({ near, heading, title: page.title }) === 'sales';
    if (lead) flags.push('lead-form');
    else if (!ownPurpose && !headingPurpose) return undefined;
  }
  // What it asks for: a way to reply, and any number a shopper must have at hand first.
  if (shape.email) flags.push('asks-email');
  if (shape.phone) flags.push('asks-phone');
  if (shape.orderNumber) flags.push('order-number');
  if (shape.serialNumber) flags.push('serial-number');
  const action = actionUrl($form.attr('action'), page.url);
  if (pageCaptcha || (mayMatch(page, CAPTCHA_IN_FORM) && $form.find(CAPTCHA_IN_FORM).length > 0)) flags.push('captcha');
  if (signInRequired(`${heading}\n${collapse($form.text())}\n${precedingText($, form)}`)) flags.push('login-required');
  for (const service of servicesOf(page, form, action)) flags.push(`embed:${service}`);
  return { kind: 'form', value: action, role, flags, context: clip(heading || formTitle) || undefined, region: regionOf(form) };
}

/**
 * Fields that let a visitor write to the vendor: a way to reply (email or phone), with a message or
 * as a lead form (decided by the caller). A form whose own words say contact also counts with a
 * message box alone (the site knows who writes: "Ask a question"), or, when its name says so, with
 * no visible field at all (a contact form its script fills in); under a contact heading, a message box alone, a way to
 * reply among at least three fields (a contact form without a message box), or a phone beside one more field (a callback request).
 */
function isContactShape(s: FormShape, ownPurpose: boolean, headingPurpose: boolean, namedByAttributes: boolean): boolean {
  const reply = s.email || s.phone;
  // No field at all is a form its script fills in: only when its own name says contact (id="contactForm"), not only where it posts.
  if (ownPurpose) return reply || s.message || (s.visibleFields === 0 && namedByAttributes);
  // A phone and a name under "Request a callback": the vendor calls back (newsletters ask an email, not a phone).
  if (headingPurpose) return s.message || (reply && s.visibleFields >= LEAD_FORM_MIN_FIELDS) || (s.phone && s.visibleFields >= 2);
  return reply;
}

/** "contactForm" → "contact Form", "sales-contact" → "sales contact". */
function words(name: string | undefined): string {
  return (name ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ');
}

/** The path of a form's action ("/kontakt", "/contacts/index/post"), not its host. */
function actionPath(action: string | undefined): string {
  const a = (action ?? '').trim();
  if (!a || /^(?:javascript:|#)/i.test(a)) return '';
  try {
    return new URL(a, 'https://x.invalid/').pathname;
  } catch {
    return '';
  }
}

function isBlogComment(page: ParsedPage, form: Element, heading: string): boolean {
  const $form = page.$(form);
  const bySelector = mayMatch(page, BLOG_COMMENT.selector) && ($form.is(BLOG_COMMENT.selector) || $form.find(BLOG_COMMENT.selector).length > 0);
  return bySelector || BLOG_COMMENT.heading.test(fold(heading));
}

/**
 * Whether a marker selector (services.ts, BLOG_COMMENT) could match anything on the page: each
 * of its class names, ids and attribute names and values must occur in some attribute. Most pages
 * have none of a service's markers, and this spares the selector compile and tree walks per form.
 * Conservative: when in doubt it says yes, and the real selector decides.
 */
function mayMatch(page: ParsedPage, selector: string): boolean {
  let haystack = ATTRIBUTE_TEXT.get(page);
  if (haystack === undefined) {
    // Only the attributes these selectors look at: class and id (".x", "#x"), and those named in brackets.
    const parts: string[] = [];
    for (const el of page.elements) {
      for (const name of MARKER_ATTRIBUTES) {
        const value = el.attribs[name];
        if (value !== undefined) parts.push(name, '=', value, '\n');
      }
    }
    haystack = parts.join('').toLowerCase();
    ATTRIBUTE_TEXT.set(page, haystack);
  }
  const text = haystack;
  return literalsOf(selector).some((alternative) => alternative.every((literal) => text.includes(literal)));
}

const ATTRIBUTE_TEXT = new WeakMap<ParsedPage, string>();
/** Every attribute the marker selectors read; mayMatch is only ever asked about these selectors. */
const MARKER_SELECTORS = [BLOG_COMMENT.selector, CAPTCHA_IN_FORM, ...MARKUP_SERVICES.map(([selector]) => selector)];
const MARKER_ATTRIBUTES = [...new Set(['class', 'id', ...MARKER_SELECTORS.flatMap((s) => [...s.matchAll(/\[\s*([\w-]+)/g)].map((m) => m[1]!.toLowerCase()))])];
const LITERALS = new Map<string, string[][]>();

/** Per comma-separated alternative: the lower-cased literals it needs (".a" → a, "[x^='v']" → x and v). */
function literalsOf(selector: string): string[][] {
  let out = LITERALS.get(selector);
  if (!out) {
    out = selector.split(',').map((alternative) => {
      const literals: string[] = [];
      for (const m of alternative.matchAll(/[.#]([\w-]+)|\[\s*([\w-]+)\s*(?:[~^$*|]?=\s*["']?([^"'\]]*)["']?\s*(?:[is]\s*)?)?\]/g)) {
        for (const literal of [m[1], m[2], m[3]]) if (literal) literals.push(literal.toLowerCase());
      }
      return literals;
    });
    LITERALS.set(selector, out);
  }
  return out;
}

// Walks instead of `$form.find(selector)`, which compiles its selector on every call: forms are many, the tests few.
const LEGEND = (e: Element) => e.name === 'legend';
const HEADING = (e: Element) => e.name === 'h1' || e.name === 'h2' || e.name === 'h3' || e.name === 'h4';
/** `button[type=submit], button:not([type]), input[type=submit]`: a submit control with words (an image button has none). */
const SUBMIT = (e: Element) => isSubmitControl(e) && e.attribs.type?.toLowerCase() !== 'image';

/** The text of the first descendant that passes the test, as `$el.find(selector).first().text()` gives it. */
function firstText(el: Element, test: (e: Element) => boolean): string {
  const found = findFirst(el, test);
  return found ? textOf(found) : '';
}

function submitText(form: Element): string {
  const btn = findFirst(form, SUBMIT);
  if (!btn) return '';
  return collapse(btn.name === 'input' ? (btn.attribs.value ?? '') : textOf(btn));
}

/** The block just before the form ("Please sign in to use this form"), up to a few hundred chars. */
function precedingText($: CheerioAPI, form: Element): string {
  const prev = $(form).prevAll().first();
  return collapse(prev.text()).slice(0, 400);
}

function signInRequired(text: string): boolean {
  return sentences(text).some((s) => gatesIn(s).includes('sign-in'));
}

function actionUrl(action: string | undefined, pageUrl: string): string {
  const a = (action ?? '').trim();
  if (!a || /^(?:javascript:|#)/i.test(a)) return pageUrl;
  try {
    const url = new URL(a, pageUrl);
    url.hash = ''; // "/contact#contact_form" posts to /contact: one value per endpoint
    return url.href;
  } catch {
    return pageUrl;
  }
}

function servicesOf(page: ParsedPage, form: Element, action: string): string[] {
  const { $ } = page;
  const found = new Set<string>();
  let host = '';
  try {
    host = new URL(action).hostname.toLowerCase();
  } catch {
    // not a URL: no action service
  }
  for (const [re, service] of ACTION_SERVICES) if (re.test(host)) found.add(service);
  const $form = $(form);
  for (const [selector, service] of MARKUP_SERVICES) {
    if (!mayMatch(page, selector)) continue;
    if ($form.is(selector) || $form.closest(selector).length > 0 || $form.find(selector).length > 0) found.add(service);
  }
  return [...found];
}

function clip(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}
