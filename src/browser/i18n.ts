// The extension's pages read the catalogue through browser.i18n (the build writes it as
// _locales/<language>/messages.json): the browser picks the language, with English for any key a
// language lacks. The text is made by the same formatMessage as the CLI's and the reports'.
import browser from 'webextension-polyfill';
import type { MessageKey, Translate } from '../core/i18n/catalogue.js';
import { pickUiLanguage, type UiLanguage } from '../core/i18n/languages.js';
import { formatMessage, type MessageLookup } from '../core/i18n/message-format.js';

/** The interface language: the browser's, when the catalogue has it. */
export function browserLanguage(): UiLanguage {
  return pickUiLanguage([browser.i18n.getUILanguage()]);
}

// getMessage answers "" for a key it does not know.
const lookup: MessageLookup = (key) => browser.i18n.getMessage(key) || undefined;

/** t('popup_title') in the browser's language. */
export const t: Translate = (key: MessageKey, params) => formatMessage(lookup, browserLanguage(), key, params);

/**
 * Static text in a page's HTML: elements marked data-i18n="key" get the message as their text,
 * data-i18n-attr="attribute:key" as an attribute; <html lang> follows the language shown.
 */
export function localisePage(root: ParentNode = document): void {
  document.documentElement.lang = browserLanguage();
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(/\s+/).filter(Boolean)) {
      const [attribute, key] = pair.split(':');
      if (attribute && key) el.setAttribute(attribute, t(key as MessageKey));
    }
  }
}
