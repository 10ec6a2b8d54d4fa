import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILES, MESSAGE_AREAS, catalogue } from '../../../src/core/i18n/catalogue-files.js';
import { translator } from '../../../src/core/i18n/catalogue.js';
import { UI_LANGUAGES, pickUiLanguage } from '../../../src/core/i18n/languages.js';
import { formatMessage } from '../../../src/core/i18n/message-format.js';

const placeholders = (template: string) => [...template.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((m) => m[1]).sort();
const PLURAL_ENDING = /_(zero|one|two|few|many|other)$/;

describe('the message catalogue', () => {
  it.each(MESSAGE_AREAS)('area %s: keys carry the area prefix, in the characters browser.i18n accepts', (area) => {
    for (const language of UI_LANGUAGES) {
      for (const key of Object.keys(CATALOGUE_FILES[language][area])) expect(key).toMatch(new RegExp(`^${area}_[a-zA-Z0-9_]+$`));
    }
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, with the same placeholders, and no key English lacks', (language) => {
    const english = catalogue('en');
    const own = catalogue(language);
    const missing = [...english.keys()].filter((k) => !own.has(k) && !(PLURAL_ENDING.test(k) && own.has(k.replace(PLURAL_ENDING, '_other'))));
    expect(missing).toEqual([]);
    // A language's plural forms may differ from English's (one/other vs one/few/many), so they are
    // compared with the base key's _other form.
    const extra = [...own.keys()].filter((k) => !english.has(k) && !(PLURAL_ENDING.test(k) && english.has(k.replace(PLURAL_ENDING, '_other'))));
    expect(extra).toEqual([]);
    for (const [key, template] of own) {
      const base = english.get(key) ?? english.get(key.replace(PLURAL_ENDING, '_other'))!;
      // "#"-free counts: a plural form may leave the number out ("one click" / "einen Klick").
      const want = placeholders(base).filter((p) => !(PLURAL_ENDING.test(key) && p === 'count'));
      expect(
        placeholders(template).filter((p) => !(PLURAL_ENDING.test(key) && p === 'count')),
        `${language} ${key}`,
      ).toEqual(want);
    }
  });

  it('no message is empty, and no key is in two areas', () => {
    for (const language of UI_LANGUAGES) {
      const seen = new Set<string>();
      for (const file of Object.values(CATALOGUE_FILES[language])) {
        for (const [key, entry] of Object.entries(file)) {
          expect(entry.message.trim(), `${language} ${key}`).not.toBe('');
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('every English entry says what it is for, for translators', () => {
    for (const file of Object.values(CATALOGUE_FILES.en)) for (const [key, entry] of Object.entries(file)) expect(entry.description, key).toBeTruthy();
  });
});

describe('formatMessage', () => {
  const table: Record<string, string> = {
    a_clicks_one: '{count} click',
    a_clicks_other: '{count} clicks',
    a_where: 'is {clicks} deep: {path}',
    a_loop: 'again {inner}',
  };
  const lookup = (k: string) => table[k];

  it('fills named values, picks plural forms by Intl.PluralRules and renders nested messages', () => {
    expect(formatMessage(lookup, 'en', 'a_clicks', { count: 1 })).toBe('1 click');
    expect(formatMessage(lookup, 'en', 'a_clicks', { count: 2 })).toBe('2 clicks');
    expect(formatMessage(lookup, 'en', 'a_where', { clicks: { key: 'a_clicks', params: { count: 3 } }, path: 'Home → Contact' })).toBe(
      'is 3 clicks deep: Home → Contact',
    );
  });

  it('writes numbers in the language and leaves a gap visible rather than empty', () => {
    expect(formatMessage(lookup, 'de', 'a_clicks', { count: 1234.5 })).toBe('1.234,5 clicks');
    expect(formatMessage(lookup, 'en', 'a_where', {})).toBe('is {clicks} deep: {path}');
    expect(formatMessage(lookup, 'en', 'nope')).toBe('nope');
  });

  it('stops a message that contains itself', () => {
    const self = { key: 'a_loop', params: {} as Record<string, unknown> };
    self.params.inner = self;
    expect(formatMessage(lookup, 'en', 'a_loop', self.params as never)).toMatch(/^again again again again again a_loop$/);
  });

  it('page text in a value is never read as a placeholder', () => {
    expect(formatMessage(lookup, 'en', 'a_where', { clicks: '{path}', path: 'x' })).toBe('is {path} deep: x');
  });
});

describe('languages', () => {
  it('takes the first known primary subtag, POSIX locales included, else English', () => {
    expect(pickUiLanguage(['de-AT'])).toBe('de');
    expect(pickUiLanguage([undefined, 'pt-BR', 'fr_CA.UTF-8'])).toBe('fr');
    expect(pickUiLanguage(['C', ''])).toBe('en');
    expect(translator('de')('extension_action_title')).toBe('Kontakte dieser Website prüfen');
  });
});
