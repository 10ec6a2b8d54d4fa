// The one message catalogue (issue #17): every string the extension, the CLI and the reports show.
// It is split by area so each part of the product keeps its own file (messages/<language>/<area>.json,
// keys prefixed with the area); the build writes the same messages as the extension's _locales,
// where browser.i18n reads them. Entries follow Chrome's messages.json shape: { message, description }.
import { formatMessage, type MessageLookup, type MessageParams } from './message-format.js';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from './languages.js';

import en_extension from './messages/en/extension.json';
import en_popup from './messages/en/popup.json';
import en_options from './messages/en/options.json';
import en_history from './messages/en/history.json';
import en_report from './messages/en/report.json';
import en_compare from './messages/en/compare.json';
import en_cli from './messages/en/cli.json';
import en_checks from './messages/en/checks.json';
import en_reach from './messages/en/reach.json';
import de_extension from './messages/de/extension.json';
import de_popup from './messages/de/popup.json';
import de_options from './messages/de/options.json';
import de_history from './messages/de/history.json';
import de_report from './messages/de/report.json';
import de_compare from './messages/de/compare.json';
import de_cli from './messages/de/cli.json';
import de_checks from './messages/de/checks.json';
import de_reach from './messages/de/reach.json';
import fr_extension from './messages/fr/extension.json';
import fr_popup from './messages/fr/popup.json';
import fr_options from './messages/fr/options.json';
import fr_history from './messages/fr/history.json';
import fr_report from './messages/fr/report.json';
import fr_compare from './messages/fr/compare.json';
import fr_cli from './messages/fr/cli.json';
import fr_checks from './messages/fr/checks.json';
import fr_reach from './messages/fr/reach.json';
import es_extension from './messages/es/extension.json';
import es_popup from './messages/es/popup.json';
import es_options from './messages/es/options.json';
import es_history from './messages/es/history.json';
import es_report from './messages/es/report.json';
import es_compare from './messages/es/compare.json';
import es_cli from './messages/es/cli.json';
import es_checks from './messages/es/checks.json';
import es_reach from './messages/es/reach.json';

/** The areas, in the order their files are merged. */
export const MESSAGE_AREAS = ['extension', 'popup', 'options', 'history', 'report', 'compare', 'cli', 'checks', 'reach'] as const;
export type MessageArea = (typeof MESSAGE_AREAS)[number];

export interface CatalogueEntry {
  message: string;
  description?: string;
}
export type CatalogueFile = Readonly<Record<string, CatalogueEntry>>;

/** Each language's files by area: what the completeness test and the build read. */
export const CATALOGUE_FILES: Readonly<Record<UiLanguage, Readonly<Record<MessageArea, CatalogueFile>>>> = {
  en: {
    extension: en_extension,
    popup: en_popup,
    options: en_options,
    history: en_history,
    report: en_report,
    compare: en_compare,
    cli: en_cli,
    checks: en_checks,
    reach: en_reach,
  },
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
  },
};

type English = typeof en_extension &
  typeof en_popup &
  typeof en_options &
  typeof en_history &
  typeof en_report &
  typeof en_compare &
  typeof en_cli &
  typeof en_checks &
  typeof en_reach;
/** Every key of the catalogue; a plural message is named without its _one/_other ending. */
export type MessageKey = keyof English | PluralBase<keyof English>;
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

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

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** t('report_title', { site }) in one language: what the CLI and every report format use. */
export function translator(language: UiLanguage): Translate {
  const lookup = catalogueLookup(language);
  return (key, params) => formatMessage(lookup, language, key, params);
}
