import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { closestElement, descendants, isElement, textOf } from '../../page/dom.js';
import { collapse } from '../../page/parsed-page.js';
import { fold } from '../../role/fold.js';
import { FORM_PACKS } from '../../locale/form-packs.js';
import { FIELD_WORDS, SEARCH_NAMES } from './field-words.js';

/** What a form's fields say it is for. */
export interface FormShape {
  message: boolean;
  email: boolean;
  phone: boolean;
  password: boolean;
  search: boolean;
  checkout: boolean;
  /** Checkout said only by the action (a cart endpoint), not by fields or buttons. */
  checkoutByAction: boolean;
  review: boolean;
  /** Someone else's address (a friend, a recipient): the form sends to another person. */
  recipient: boolean;
  /** A user name to choose: an account form. */
  account: boolean;
  /** A CV or cover letter to attach or paste: a job application. */
  application: boolean;
  /** It asks for an order number, or a product's serial number. */
  orderNumber: boolean;
  serialNumber: boolean;
  /** A message to the moderators or to another user (abuse report, reply to an ad), by the fields' names. */
  otherParty: boolean;
  /** Fields a visitor types into or picks from. */
  visibleFields: number;
  /** Option texts of a subject/department select and values of hidden topic fields ("Sales enquiry"). */
  topics: string[];
  /** Values of the hidden fields (up to a few), which name what the form is for (Shopify's contact[tags]=newsletter). */
  hiddenValues: string[];
}

const { message: MESSAGE, email: EMAIL, phone: PHONE, checkout: CHECKOUT, review: REVIEW, recipient: RECIPIENT } = FIELD_WORDS;
const {
  account: ACCOUNT,
  order: ORDER,
  serial: SERIAL,
  otherParty: OTHER_PARTY,
  notMessageBox: NOT_MESSAGE_BOX,
  topic: TOPIC,
  application: APPLICATION,
} = FIELD_WORDS;
/** Captcha widgets keep their token in a hidden textarea: not a message field. */
const CAPTCHA_RESPONSE = /captcha|turnstile/i;
/** Shop endpoints a form posts to, in every language pack's words (forms.cartPaths): "/cart", "/warenkorb". */
const CART_ACTION = new RegExp(`\\/(?:${FORM_PACKS.map((pack) => pack.forms.cartPaths).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
const MAX_HIDDEN_VALUES = 10;
const IGNORED_TYPES = new Set(['submit', 'button', 'reset', 'image', 'file', 'range', 'color']);

/** Texts of <label for=…> on the page by id, read once per page. */
export function labelsById($: CheerioAPI, labelEls?: readonly Element[]): Map<string, string> {
  const labels = new Map<string, string>();
  // `labelEls`: the page's <label> elements when the caller has them (ParsedPage.byTag), else queried.
  for (const el of labelEls ?? ($('label[for]').toArray() as Element[])) {
    const id = el.attribs.for;
    if (id && !labels.has(id)) labels.set(id, collapse(textOf(el)));
  }
  return labels;
}

/** `outside`: fields elsewhere on the page tied to this form by form="<its id>" (HTML's form owner). */
export function formShape($: CheerioAPI, form: Element, labels: Map<string, string>, outside: readonly Element[] = []): FormShape {
  const shape: FormShape = {
    message: false,
    email: false,
    phone: false,
    password: false,
    search: false,
    checkout: false,
    checkoutByAction: false,
    review: false,
    recipient: false,
    account: false,
    application: false,
    orderNumber: false,
    serialNumber: false,
    otherParty: false,
    visibleFields: 0,
    topics: [],
    hiddenValues: [],
  };
  if ((form.attribs.role ?? '').toLowerCase() === 'search') shape.search = true;
  // One walk over the form instead of a `find()` query per kind of element.
  const buttonEls: Element[] = [];
  const fieldEls: Element[] = [];
  let hasPicture = false;
  for (const el of [...descendants(form), ...outside]) {
    if (el.name === 'img' || (el.name === 'input' && el.attribs.type?.toLowerCase() === 'image')) hasPicture = true;
    // `button, input[type=submit]` (type is case-insensitive in HTML selectors) and `input, textarea, select`.
    if (el.name === 'button' || (el.name === 'input' && el.attribs.type?.toLowerCase() === 'submit')) buttonEls.push(el);
    if (el.name === 'input' || el.name === 'textarea' || el.name === 'select') fieldEls.push(el);
  }
  // Buttons and the action say "cart" even when the fields do not ("Add to cart" with a quantity).
  const buttons = buttonEls.map((b) => `${b.attribs.name ?? ''} ${b.attribs.value ?? ''} ${textOf(b)}`);
  if (CHECKOUT.test(fold(buttons.join(' ')))) shape.checkout = true;
  else if (CART_ACTION.test(form.attribs.action ?? '')) shape.checkout = shape.checkoutByAction = true;
  const textNames: string[] = [];
  let checkoutFields = 0;
  let cardFields = 0;
  for (const el of fieldEls) {
    const tag = el.name.toLowerCase();
    const type = (tag === 'input' ? el.attribs.type || 'text' : tag).toLowerCase();
    const name = el.attribs.name ?? '';
    if (type === 'hidden') {
      if (TOPIC.test(fold(name))) shape.topics.push(el.attribs.value ?? '');
      if (OTHER_PARTY.test(fold(`${name} ${el.attribs.value ?? ''}`))) shape.otherParty = true;
      const value = (el.attribs.value ?? '').slice(0, 80);
      if (value && shape.hiddenValues.length < MAX_HIDDEN_VALUES) shape.hiddenValues.push(value);
      continue;
    }
    if (OTHER_PARTY.test(fold(name))) shape.otherParty = true;
    // A file to attach is no field to type into, but "Upload your CV" says what the form is for.
    if (type === 'file' && !isHidden(el) && APPLICATION.test(describe($, el, labels))) shape.application = true;
    if (IGNORED_TYPES.has(type) || isHidden(el)) continue;
    const desc = describe($, el, labels);
    if (APPLICATION.test(desc)) shape.application = true;
    if ((el.attribs.autocomplete ?? '').startsWith('cc-')) cardFields++;
    else if (CHECKOUT.test(desc)) checkoutFields++;
    if (REVIEW.test(desc)) shape.review = true;
    if (type === 'checkbox' || type === 'radio') continue;
    shape.visibleFields++;
    if (RECIPIENT.test(desc)) shape.recipient = true;
    if (ACCOUNT.test(desc)) shape.account = true;
    if (ORDER.test(desc)) shape.orderNumber = true;
    if (SERIAL.test(desc)) shape.serialNumber = true;
    if (type === 'password') shape.password = true;
    else if (type === 'search') shape.search = true;
    else if (type === 'select') {
      if (TOPIC.test(desc)) shape.topics.push(...[...descendants(el)].filter((o) => o.name === 'option').map((o) => collapse(textOf(o))));
    } else if (type === 'textarea') {
      if (!CAPTCHA_RESPONSE.test(name) && !(NOT_MESSAGE_BOX.test(desc) && !MESSAGE.test(desc))) shape.message = true;
    } else if (type === 'email') shape.email = true;
    else if (type === 'tel') shape.phone = true;
    else if (EMAIL.test(desc)) shape.email = true;
    else if (PHONE.test(desc)) shape.phone = true;
    else if (MESSAGE.test(desc)) shape.message = true;
    if (type !== 'select') textNames.push(name.toLowerCase());
  }
  // A lone field in checkout words ("Security Code"), beside a picture, in a form with a message box
  // is the captcha a contact form asks to copy, not a card's code (webstruct-dev: two sites' enquiry
  // forms, "chrono_verification" and "c[securityCode]" under the code's image). A card field the
  // browser fills (autocomplete="cc-…") is always a checkout.
  const copiedCode = checkoutFields === 1 && shape.message && hasPicture;
  if (cardFields > 0 || (checkoutFields > 0 && !copiedCode)) {
    shape.checkout = true;
    shape.checkoutByAction = false;
  }
  // A lone field named q/s/query is a search box even without role=search or type=search.
  if (textNames.length === 1 && SEARCH_NAMES.has(textNames[0] ?? '')) shape.search = true;
  shape.topics = shape.topics.filter(Boolean);
  return shape;
}

/** Name, id, placeholder, aria-label, autocomplete and label of a field, folded, camelCase split. */
function describe($: CheerioAPI, el: Element, labels: Map<string, string>): string {
  const id = el.attribs.id;
  const labelledBy = (el.attribs['aria-labelledby'] ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
  const labelEl = closestElement(el, (e) => e.name === 'label');
  const label =
    (id && labels.get(id)) ||
    (labelEl ? collapse(textOf(labelEl)) : '') ||
    labelledBy.map((ref) => collapse($(`[id="${ref.replace(/["\\]/g, '')}"]`).text())).join(' ');
  const parts = [el.attribs.name, id, el.attribs.placeholder, el.attribs['aria-label'], el.attribs.autocomplete, label || captionBefore($, el)];
  return fold(
    parts
      .filter(Boolean)
      .join(' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2'),
  );
}

/** Builders that skip <label> put the caption in the element just before the field ("<p>E-Mail</p><input>"). */
const MAX_CAPTION = 40;

function captionBefore($: CheerioAPI, el: Element): string {
  const caption = previousElement(el) ?? previousCell(el);
  const text = caption ? collapse(textOf(caption)) : '';
  return text.length <= MAX_CAPTION ? text : '';
}

/** The element before, skipping text and line breaks ("<span>E-mail:</span><br><input>"). */
function previousElement(el: Element): Element | undefined {
  let prev = el.prev;
  while (prev && (!isElement(prev) || prev.name === 'br')) prev = prev.prev;
  return prev ?? undefined;
}

/** A field alone in a table cell or list item has its caption in the cell before (<td>Your e-mail:</td><td><input name="f1"></td>). */
function previousCell(el: Element): Element | undefined {
  const parent = el.parent;
  if (!parent || !isElement(parent) || !['td', 'th', 'dd', 'li', 'div', 'span'].includes(parent.name)) return undefined;
  return previousElement(parent);
}

function isHidden(el: Element): boolean {
  const style = el.attribs.style ?? '';
  return el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
