// Every language's catalogue files (messages/<language>/<area>.json, keys prefixed with the area):
// what the CLI, the tests and the build read. The build writes them as the extension's _locales.
import type { CatalogueFile, MessageArea } from './catalogue-areas.js';
import { ENGLISH_FILES } from './english-files.js';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from './languages.js';
import type { MessageLookup } from './message-format.js';

import de_extension from './messages/de/extension.json';
import de_popup from './messages/de/popup.json';
import de_options from './messages/de/options.json';
import de_history from './messages/de/history.json';
import de_report from './messages/de/report.json';
import de_compare from './messages/de/compare.json';
import de_cli from './messages/de/cli.json';
import de_checks from './messages/de/checks.json';
import de_reach from './messages/de/reach.json';
import de_reason from './messages/de/reason.json';
import fr_extension from './messages/fr/extension.json';
import fr_popup from './messages/fr/popup.json';
import fr_options from './messages/fr/options.json';
import fr_history from './messages/fr/history.json';
import fr_report from './messages/fr/report.json';
import fr_compare from './messages/fr/compare.json';
import fr_cli from './messages/fr/cli.json';
import fr_checks from './messages/fr/checks.json';
import fr_reach from './messages/fr/reach.json';
import fr_reason from './messages/fr/reason.json';
import es_extension from './messages/es/extension.json';
import es_popup from './messages/es/popup.json';
import es_options from './messages/es/options.json';
import es_history from './messages/es/history.json';
import es_report from './messages/es/report.json';
import es_compare from './messages/es/compare.json';
import es_cli from './messages/es/cli.json';
import es_checks from './messages/es/checks.json';
import es_reach from './messages/es/reach.json';
import es_reason from './messages/es/reason.json';

export { MESSAGE_AREAS, type CatalogueEntry, type CatalogueFile, type MessageArea } from './catalogue-areas.js';

/** Each language's files by area. */
export const CATALOGUE_FILES: Readonly<Record<UiLanguage, Readonly<Record<MessageArea, CatalogueFile>>>> = {
  en: ENGLISH_FILES,
  de: {
    extension: de_extension,
    popup: de_popup,
    options: de_options,
    history: de_history,
    report: de_report,
    compare: de_compare,
    cli: de_cli,
    checks: de_checks,
    reach: de_reach,
    reason: de_reason,
  },
  fr: {
    extension: fr_extension,
    popup: fr_popup,
    options: fr_options,
    history: fr_history,
    report: fr_report,
    compare: fr_compare,
    cli: fr_cli,
    checks: fr_checks,
    reach: fr_reach,
    reason: fr_reason,
  },
  es: {
    extension: es_extension,
    popup: es_popup,
    options: es_options,
    history: es_history,
    report: es_report,
    compare: es_compare,
    cli: es_cli,
    checks: es_checks,
    reach: es_reach,
    reason: es_reason,
  },
};

/** One language's messages, all areas merged: key → template. */
export function catalogue(language: UiLanguage): ReadonlyMap<string, string> {
  const cached = merged.get(language);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const file of Object.values(CATALOGUE_FILES[language])) for (const [key, entry] of Object.entries(file)) map.set(key, entry.message);
  merged.set(language, map);
  return map;
}
const merged = new Map<UiLanguage, ReadonlyMap<string, string>>();

/** Looks a key up in the language, then in English: a missing translation shows English, never nothing. */
export function catalogueLookup(language: UiLanguage): MessageLookup {
  const own = catalogue(language);
  const fallback = catalogue(DEFAULT_UI_LANGUAGE);
  return (key) => own.get(key) ?? fallback.get(key);
}
