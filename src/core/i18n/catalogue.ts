// The one message catalogue (issue #17): every string the extension, the CLI and the reports show,
// in messages/<language>/<area>.json (catalogue-files.ts). This module is what readers import: the
// key type and translator(), which finds messages through bundled-lookup.ts, so the extension can
// swap where they come from without bundling every language.
import { bundledLookup } from './bundled-lookup.js';
import type { EnglishMessages } from './english-files.js';
import type { UiLanguage } from './languages.js';
import { formatMessage, type MessageParams } from './message-format.js';

/** Every key of the catalogue; a plural message is named without its _one/_other ending. */
export type MessageKey = keyof EnglishMessages | PluralBase<keyof EnglishMessages>;
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** t('report_title', { site }) in one language: what the CLI and every report format use. */
export function translator(language: UiLanguage): Translate {
  const lookup = bundledLookup(language);
  return (key, params) => formatMessage(lookup, language, key, params);
}
