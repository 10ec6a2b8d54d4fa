// The CLI's language: --lang, else the POSIX locale (LC_ALL overrides LC_MESSAGES, which overrides
// LANG), else English. It is needed before the arguments are parsed, so that an error in them is
// already in the user's language.
import { DEFAULT_UI_LANGUAGE, isUiLanguage, pickUiLanguage, type UiLanguage } from '../core/i18n/languages.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The language of the locale environment: the first of LC_ALL, LC_MESSAGES, LANG that is set decides ("C" is English). */
export function localeLanguage(env: Env): UiLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale ? pickUiLanguage([locale]) : DEFAULT_UI_LANGUAGE;
}

/** A valid --lang in argv (as "--lang de" or "--lang=de"), else the locale's language. */
export function cliLanguage(argv: readonly string[], env: Env): UiLanguage {
  let asked: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') asked = argv[i + 1];
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  }
  const lower = asked?.toLowerCase();
  return lower !== undefined && isUiLanguage(lower) ? lower : localeLanguage(env);
}
