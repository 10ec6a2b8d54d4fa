// A language's words, in one place every reader consults (issue #14 grows these packs to every
// field: contact, sales, support, imprint, gates, form fields). Day names are written as they
// appear in opening hours, lower-case, abbreviations first; a reader folds case itself.

export type DayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The words of opening hours: what reach/hours.ts reads next to a contact. */
export interface HoursWords {
  /** Each day's names and abbreviations ("mon", "monday"). */
  days: Record<DayKey, string[]>;
  /** Words for "Monday to Friday" as one ("weekdays", "werktags", "平日"). */
  weekdays: string[];
  /** Words between two days or two times ("to", "bis", "à", "a"). */
  rangeWords: string[];
  /** Words after a time ("uhr"), or that make one ("h" in "9h"). */
  timeWords: string[];
}

/** The names of the pages the scores look for: the contact page and the legal notice. */
export interface PageNameWords {
  /** As the pack's own: written without spaces (ja, zh), so its names are matched anywhere. */
  unspaced?: true;
  /**
   * Words that name a page or link about contacting the vendor (the scores' contact-page checks),
   * matched at word starts on folded text; `notThese` are look-alikes blanked first ("contactless",
   * "contact lenses", "contact centre" software).
   */
  contactPage: { words: string[]; notThese: string[] };
  /**
   * The name of the page a country's law requires for the provider's identity and contact (§ 5 DDG
   * Impressum, LCEN art. 6 mentions légales, LSSI art. 10 aviso legal, 特定商取引法に基づく表記,
   * реквизиты): what the imprint check looks for.
   */
  legalNotice: string[];
}

export interface LanguagePack extends HoursWords, PageNameWords {
  id: string;
  /** Written without spaces between words (ja, zh): its words are matched anywhere, not at word starts. */
  unspaced?: true;
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
  roles: {
    sales: string[];
    support: string[];
    /** Phrases that contain a role word but name no role ("help us improve", "conditions de vente"): blanked first. */
    neutral: string[];
    /** Labels of contacts for neither (press, jobs, privacy) or for everything ("general enquiries"). */
    other: string[];
  };
  /**
   * A page calling itself not found (crawl/soft-404.ts), in its title or heading: `phrases` a regex
   * source over folded text; `bare` what is left of a title that is only the error once the `filler`
   * words ("oops", "error", "page") and "404" are taken out.
   */
  notFound: { phrases: string; bare: string[]; filler: string[] };
  /**
   * Mailbox names (email local parts, lower case, as written in addresses: often transliterated,
   * "kefu@", "otoiawase@"): `functional` for a function rather than a person (RFC 2142 and the usual
   * departmental ones), `support` and `sales` for those that state their role in one word the role
   * words leave out as too ambiguous in prose.
   */
  mailboxes: { functional: string[]; support: string[]; sales: string[] };
  /**
   * A help desk (extract/helpdesk): `ticketLinks`, link wording that offers a ticket or request (a
   * regex source over folded text; "Help" or "FAQ" alone is not enough: an FAQ offers reading, not a
   * way to ask); `hostLabels`, first host labels that name a help centre on the vendor's own domain
   * ("hilfe.acme.de"), as written in host names (ASCII, often transliterated).
   */
  helpDesk: { ticketLinks: string; hostLabels: string[] };
  /** The labels written before a number (extract/phone/labels.ts). */
  phoneLabels: PhoneLabelWords;
  /** Wording of the hurdles before a person can be reached (extract/gate). */
  gates: GateWords;
  /** Words that say what a form or a form field is for (extract/form). */
  forms: FormWords;
}

// The gate and form words are regex sources over folded text (lower case, accents stripped, ’ read
// as '; role/fold.ts), matched at a word start unless the pack is unspaced (locale/pack-pattern.ts).
// Sources: wording collected from vendors' contact, support and help pages in each language; field
// names of common form builders (Contact Form 7 "your-message", HubSpot, Gravity Forms labels).

export interface GateWords {
  /** Numbers a vendor asks for before helping: serial, order, customer, contract numbers. */
  idNumber: string;
  /** "Have it ready": enough on its own next to an ID number. */
  ready: string;
  /** "Enter / provide / required": an ID number becomes a gate with these plus a contact word. */
  require: string;
  /** The contact the hurdle guards (stems). */
  contact: string;
  /** Sign-in required, phrased as a requirement ("sign in to…"), never a bare "Sign in" link. */
  signIn: string;
  /** Contact reserved to paying customers or higher plans. */
  paidPlan: string;
  /** "the following": a sentence that announces a list of what to have ready. */
  following: string;
  /** The word of a per-minute call tariff ("14 ct pro Min."): a premium-rate line, not a paid plan. */
  perMinute: string;
}

/**
 * Regex sources over the text as written (case-blind, accents as character classes: "t[ée]l"),
 * matched at a word start and before a word's end, or anywhere in an unspaced pack's words.
 * Sources: vendors' contact pages and imprints in each language; the registration numbers each
 * country prints in an imprint (USt-IdNr, SIRET, KvK, NIP, CNPJ, ИНН...).
 */
export interface PhoneLabelWords {
  /** "Tel.", "Telefon", "電話": a phone number follows. */
  phone: string;
  /** "Fax", "Télécopie", "ファックス". */
  fax: string;
  /** "Tel und Fax", "tél. et fax": the words joining two labels into one for both. */
  joiners: string;
  /** "Suite F", "Building C": a letter after these is a unit's name, not a one-letter label. */
  unitWords: string;
  /** Words naming an identifier on their own ("VAT 123…", "NIP 123-456-32-18"): what follows is no phone. */
  idWords: string;
  /** Words naming an identifier only with a number word after them ("Order No. 2024-55512"). */
  idNumbered: string;
  /** "No.", "Nr.", "N°", "番号": the number word after a label or an identifier's name. */
  numberWords: string;
  /** Words in an image's alt, title or file name that make it stand for a phone number ("call-us.png"). */
  imageWords: string;
  /** The words before a register's place and a company number ("Registered in England No.", "RCS Paris B 123 456 789"). */
  registeredIn?: string;
}

export interface FormWords {
  /** A free-text message: what makes a form a way to say something to a person. */
  message: string;
  /** A way to reply: an email address field. */
  email: string;
  /** A way to reply: a phone field. */
  phone: string;
  /** Card payment and cart fields: a checkout, not a contact form. */
  checkout: string;
  /** Reviews and ratings: opinion for other shoppers, not a message to the vendor. */
  review: string;
  /** Someone else's address: a "send this page to a friend" form. */
  recipient: string;
  /** A message to someone other than the vendor: reporting abuse to moderators, replying to an ad (field names). */
  otherParty: string;
  /** An order number the form asks for first: a hurdle before a shopper may write. */
  order: string;
  /** A product's serial number the form asks for first. */
  serial: string;
  /** A CV or cover letter to attach or paste (field names and labels): a job application, not a message. */
  application: string;
  /** A user name to choose or give: a registration or sign-in form. */
  account: string;
  /** A text box for something other than a message (a postal address, terms to read); matched anywhere. */
  notMessageBox: string;
  /** Select and hidden field names whose option or value says which team gets the message; matched anywhere. */
  topic: string;
  /** A form's own words or heading saying it is for writing to the vendor: contact, quote, demo, callback; anywhere. */
  contactPurpose: string;
  /** The heading blog themes put above a comment form; anywhere. */
  commentHeading: string;
  /** Newsletters, surveys, gated downloads, job applications, sharing, registration, moderation, listings; anywhere. */
  notContact: string;
}

/**
 * The words a language's addresses are made of, for the address reader (extract/address). Street
 * types before or after the name are whole words, case- and accent-blind; every other field is a
 * regex source of alternatives, matched case-blind on the text as written.
 */
export interface AddressWords {
  id: string;
  /** Street types after the name, as a word of their own ("Main Street", "Park Rd"). */
  after?: string[];
  /** Street types before the name ("rue de Rivoli", "Via Roma", "Jalan Ampang"). */
  before?: string[];
  /** Street types glued to the name as one word ("Musterstraße 5", "Storgatan 3"). */
  glued?: string;
  /** Street types as a word of their own after the name, then the number ("Mariahilfer Straße 1", "Váci utca 3"). */
  spaced?: string;
  /** Words between a house number and a street type ("7 bis avenue …"). */
  numberSuffixes?: string;
  /** Articles between a leading street type and the name ("rue de la Paix", "Via della Spiga", "Rua das Flores"). */
  articles?: string;
  /** Unit designators before a number or letter ("Suite 200", "Apt. B"). */
  units?: string;
  /** Building designators before a number ("Building 4", "Block 12"). */
  buildings?: string;
  /** Floor words after an ordinal ("6th Floor", "3º andar", "2e étage", "3. OG"). */
  floors?: string;
  /** Ordinals written as words before a floor word ("Second Floor", "Ground Floor"). */
  ordinals?: string;
  /** A PO box ("P.O. Box 12", "Postfach 10 20 30", "BP 45", "Caixa Postal 12"), before its number. */
  poBox?: string;
  /** Company forms at a line's end ("Holzwerk Schmidt GmbH"): the addressee, not a town or street. */
  companyForms?: string;
  /** A label line that announces an address ("Mailing address:", "Anschrift"): not part of it. */
  labels?: string;
}
