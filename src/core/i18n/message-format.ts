// How a catalogue message becomes text, the same in the CLI, the reports and the extension (where
// browser.i18n is the lookup). Messages name their values, "Audited {url} on {date}"; a count picks
// the plural form by Intl.PluralRules ("report_clicks_one" / "report_clicks_other"); a value may
// itself be a message, so a check can say "{where}" in the reader's language, not the auditor's.

export type MessageValue = string | number | MessageRef;
export type MessageParams = Readonly<Record<string, MessageValue>>;
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

/** The template of a key in the reader's language, or undefined when the catalogue has none. */
export type MessageLookup = (key: string) => string | undefined;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
/** Nested messages deeper than this are a loop in the catalogue, not a sentence. */
const MAX_NESTING = 4;

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string';
}

/** The key to look up: with a numeric `count`, its plural form in the language, else `_other`. */
function pluralKey(lookup: MessageLookup, rules: Intl.PluralRules, key: string, params: MessageParams | undefined): string {
  const count = params?.count;
  if (typeof count !== 'number') return key;
  const form = `${key}_${rules.select(count)}`;
  if (lookup(form) !== undefined) return form;
  return lookup(`${key}_other`) !== undefined ? `${key}_other` : key;
}

/**
 * Render `key` with `params`. A key the catalogue lacks renders as the key itself, so a gap shows
 * up in a test or on screen instead of an empty line; a placeholder without a value stays as
 * written for the same reason. Numbers are written by Intl.NumberFormat in the language.
 */
export function formatMessage(lookup: MessageLookup, language: string, key: string, params?: MessageParams, depth = 0): string {
  const { rules, numbers } = intlFor(language);
  const template = lookup(pluralKey(lookup, rules, key, params));
  if (template === undefined) return key;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return numbers.format(value);
    if (typeof value === 'string') return value;
    return depth >= MAX_NESTING ? value.key : formatMessage(lookup, language, value.key, value.params, depth + 1);
  });
}

// Intl objects are costly to build and a report renders hundreds of messages: one pair a language.
const INTL = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();
function intlFor(language: string): { rules: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let found = INTL.get(language);
  if (!found) {
    found = { rules: new Intl.PluralRules(language), numbers: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }) };
    INTL.set(language, found);
  }
  return found;
}
