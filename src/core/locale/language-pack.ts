// A language's words, in one place every reader consults (issue #14 grows these packs to every
// field: contact, sales, support, imprint, gates, form fields). Day names are written as they
// appear in opening hours, lower-case, abbreviations first; a reader folds case itself.

export type DayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface LanguagePack {
  id: string;
  /** Each day's names and abbreviations ("mon", "monday"). */
  days: Record<DayKey, string[]>;
  /** Words for "Monday to Friday" as one ("weekdays", "werktags", "平日"). */
  weekdays: string[];
  /** Words between two days or two times ("to", "bis", "à", "a"). */
  rangeWords: string[];
  /** Words after a time ("uhr"), or that make one ("h" in "9h"). */
  timeWords: string[];
  /**
   * Words on a chat launcher (the button or frame a widget puts in a corner of the page): "chat",
   * "message us", "Hilfe". Read only on a fixed element in a corner of the rendered page
   * (extract/chat/corner-widget.ts), so a word as common as "help" is safe here.
   */
  chatLauncher: string[];
  /**
   * Words on links to the pages where vendors put their contacts, matched at word starts, case- and
   * accent-blind, in the link text and its URL: `strong` for a page about contacting the vendor
   * (contact, support, imprint), `weak` for pages that often carry contacts (about, company, offices).
   */
  contactLinks: { strong: string[]; weak: string[] };
  /**
   * Words that mark a contact as sales or as support (role/role-matcher.ts): whole words, a trailing
   * '*' for compounds ("vertrieb*" → Vertriebsteam).
   */
  roles: { sales: string[]; support: string[] };
}
