// The languages the interface, the CLI and the reports are written in (issue #17). The catalogue
// (messages/<language>/*.json) has every key in each of them; test/core/i18n checks it.

export const UI_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

/**
 * The first of the reader's languages the catalogue has, by primary subtag: "de-AT" → de,
 * "fr_CA.UTF-8" (a POSIX locale) → fr; English when none is known.
 */
export function pickUiLanguage(tags: readonly (string | undefined)[]): UiLanguage {
  for (const tag of tags) {
    const primary = tag
      ?.trim()
      .toLowerCase()
      .split(/[-_.@]/)[0];
    const known = UI_LANGUAGES.find((l) => l === primary);
    if (known) return known;
  }
  return DEFAULT_UI_LANGUAGE;
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}
