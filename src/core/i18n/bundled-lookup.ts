// Where translator() finds a language's messages: every catalogue file, bundled. The extension's
// build puts src/browser/bundled-lookup.ts in its place (English bundled, the rest from
// browser.i18n), so its bundles do not carry four languages (scripts/build-extension.ts).
import { catalogueLookup } from './catalogue-files.js';
import type { UiLanguage } from './languages.js';
import type { MessageLookup } from './message-format.js';

export function bundledLookup(language: UiLanguage): MessageLookup {
  return catalogueLookup(language);
}
