import type { Element } from 'domhandler';
import { descendants, findFirst, isElement } from '../../page/dom.js';

/**
 * The fields of a form closed early: `<form><div><input name="name"></form><input name="email">…`.
 * A browser's tree builder closes only the form at that `</form>` (HTML standard, "An end tag whose
 * tag name is 'form'"): the elements open inside it stay open, and the fields after it are still the
 * form's. htmlparser2 closes them all, so those fields land after the form, as its next siblings.
 * Read as the form's when the form has no way to submit left inside it and what follows has one,
 * up to the next form or heading: the signature of the close, not any loose fields on the page.
 */
export function fieldsAfterEarlyClose(form: Element): Element[] {
  const fields: Element[] = [];
  for (let node = form.next; node; node = node.next) {
    if (!isElement(node)) continue;
    if (STOP.test(node.name) || findFirst(node, (e) => e.name === 'form')) break;
    for (const el of [node, ...descendants(node)]) if (FIELD.test(el.name)) fields.push(el);
    if (fields.length > MAX_FIELDS) return [];
  }
  // The form itself is walked last: most forms have nothing after them, and a page-wide one is large.
  return fields.some(isSubmitControl) && !findFirst(form, isSubmitControl) ? fields : [];
}

const FIELD = /^(?:input|textarea|select|button)$/;
/** Where the form's content cannot go on: another form, a new section's heading. */
const STOP = /^(?:form|h[1-6])$/;
/** A form has a handful of fields; more loose ones after it are a page's own widgets. */
const MAX_FIELDS = 40;

/** What sends a form: a button (submit by default), or an input of type submit or image (type compared ignoring case, as HTML does). */
export function isSubmitControl(e: Element): boolean {
  const type = e.attribs.type?.toLowerCase();
  if (e.name === 'button') return type === undefined || type === 'submit';
  return e.name === 'input' && (type === 'submit' || type === 'image');
}
