// The extension's stand-in for src/core/i18n/bundled-lookup.ts (swapped in by the build): English
// is bundled (a report's JSON explanations are English, and it is every key's fallback), the
// browser's own language comes from browser.i18n (the _locales the build writes). A language that
// is neither is shown in English: the extension only ever asks for the browser's.
import browser from 'webextension-polyfill';
import { ENGLISH_FILES } from '../core/i18n/english-files.js';
import { pickUiLanguage, type UiLanguage } from '../core/i18n/languages.js';
import type { MessageLookup } from '../core/i18n/message-format.js';

const english = new Map<string, string>();
for (const file of Object.values(ENGLISH_FILES)) for (const [key, entry] of Object.entries(file)) english.set(key, entry.message);

export function bundledLookup(language: UiLanguage): MessageLookup {
  const fromBrowser = language !== 'en' && pickUiLanguage([browser.i18n.getUILanguage()]) === language;
  // getMessage answers "" for a key it does not know.
  return fromBrowser ? (key) => browser.i18n.getMessage(key) || english.get(key) : (key) => english.get(key);
}
