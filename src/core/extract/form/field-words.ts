// What a form and its fields say they are for, in every language pack's words (locale/packs/*:
// `forms`), read from a field's name, id, placeholder, aria-label and <label>, and from the form's
// own words and heading, all folded (role/fold.ts). Field words match at a word start, also inside
// names like "your-message" or "input_message_1"; the form-level lists match anywhere.
import type { FormWords } from '../../locale/language-pack.js';
import { packPattern } from '../../locale/pack-pattern.js';
import { FORM_PACKS } from '../../locale/form-packs.js';

const field = (key: keyof FormWords) => packPattern(FORM_PACKS, (pack) => pack.forms[key], 'letters');
const anywhere = (key: keyof FormWords) => packPattern(FORM_PACKS, (pack) => pack.forms[key], 'anywhere');

export const FIELD_WORDS = {
  message: field('message'),
  email: field('email'),
  phone: field('phone'),
  checkout: field('checkout'),
  review: field('review'),
  recipient: field('recipient'),
  account: field('account'),
  order: field('order'),
  serial: field('serial'),
  application: field('application'),
  otherParty: anywhere('otherParty'),
  notMessageBox: anywhere('notMessageBox'),
  topic: anywhere('topic'),
};

/** Single-field search boxes name their field like this (HTML conventions, not words of a language). */
export const SEARCH_NAMES = new Set(['q', 's', 'query', 'search', 'keyword', 'keywords', 'term', 'searchterm', 'search_query']);

/**
 * A form's own words (id, class, title, legend, submit button, action path) or its heading saying it
 * is for writing to the vendor: contact, feedback, an enquiry, a quote, demo or callback request.
 */
export const CONTACT_PURPOSE = anywhere('contactPurpose');

/** WordPress and other blog comment forms (markers of the form element and its fields; the heading in each language). */
export const BLOG_COMMENT = {
  selector: '#commentform, .comment-form, [name="comment_post_ID"], [action*="wp-comments-post"]',
  heading: anywhere('commentHeading'),
};

/** A form calling itself a comment, reply or guestbook form (its id, class, action, title or button): see contact-form.ts. */
export const COMMENT_FORM = anywhere('commentForm');

/**
 * Forms with these words around them (title, id, submit button, heading) are newsletters, surveys,
 * gated downloads, job applications or "send to a friend" forms: a message field and an email
 * field, but not a way to reach the vendor.
 */
export const NOT_CONTACT_CONTEXT = anywhere('notContact');
