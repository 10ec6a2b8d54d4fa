// A language's words, in one place every reader consults (issue #14 grows these packs to every
// field: contact, sales, support, imprint, gates, form fields). Day names are written as they
// appear in opening hours, lower-case, abbreviations first; a reader folds case itself.
import type { BlockPageWords, CrawlWords } from './crawl-words.js';

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

/** Mailbox names, kept in packs/mailboxes/* so the popup carries them alone (reach/reach.ts). */
export interface MailboxWords {
  /**
   * Mailbox names (email local parts, lower case, as written in addresses: often transliterated,
   * "kefu@", "otoiawase@"): `functional` for a function rather than a person (RFC 2142 and the usual
   * departmental ones), `support` and `sales` for those that state their role in one word the role
   * words leave out as too ambiguous in prose.
   */
  mailboxes: {
    functional: string[];
    support: string[];
    sales: string[];
    /**
     * Mailboxes nobody reads ("noreply@", "ne-pas-repondre@"), as notification emails name them, a '-'
     * standing for '-', '_', '.' or nothing; [] where a language's are named in English.
     */
    noReply: string[];
  };
}

export interface LanguagePack extends HoursWords, PageNameWords, MailboxWords, CrawlWords, BlockPageWords {
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
   * A chatbot's launcher or a sentence about the chat saying a person takes over ("the assistant
   * connects you to a live agent", "转人工"): a bot-first widget is then a way to reach a person
   * (extract/chat/handover.ts). `says` is the hand-over, a verb of connecting with a person as its
   * object, not a bare "live agent"; `chat` the words that make a sentence about the chat ("chat",
   * "bot"), both needed in one block of the page, so "Prefer to speak to a person? Call…" is no
   * hand-over. Regex sources over folded text, matched at a word start (anywhere in an unspaced pack's).
   */
  chatHandover: { says: string; chat: string };
  /**
   * How chat loaders name themselves in URLs ("widget.bespokechat.com", "/js/livechat3.js",
   * "kefu.example.cn"): ASCII, matched in a page's script URLs at the end of a host label or path
   * segment, or before a digit or separator (extract/chat/named-loader.ts), so "chateau" is no chat.
   */
  chatLoaderNames: string[];
  /**
   * Host labels alone that name a chat service ("bot.vendor.example"): as a path segment the same word
   * is a bot-detection script's ("/js/bot-detect.js"), so it is read in hosts only. A loader named with
   * a word that holds one of these ("chatbot.js") opens with a bot.
   */
  chatLoaderHostLabels: string[];
  /**
   * Names that begin like a chat loader's and are not one: places and words a site's own scripts
   * are named for ("chateau-margaux.fr", "chathamcounty.gov"). A third-party script host whose domain
   * begins with a chat word ("chatify.com") is a chat vendor's unless it begins with one of these.
   */
  chatLoaderLookalikes: string[];
  /**
   * Words on a link to a channel to follow, not a person to write to: Telegram's t.me/<name> is the
   * same link for both (extract/messaging/apps.ts). A regex source over folded text, whole words.
   */
  broadcastLabels: string;
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
   * An address written out to fool harvesters (extract/email/deobfuscate.ts), literal words, lower
   * case: `at` and `dot` in brackets ("[at]", "(arroba)", "{punkt}"); `bareAt` and `bareDot` read
   * between spaces too ("sales at acme dot com"), and `prose`, everyday words that rule such a match
   * out where the mailbox or a domain label should be ("meet at the office"). Only languages whose
   * bare form is in use fill the last three.
   */
  emailWords: { at: string[]; dot: string[]; bareAt: string[]; bareDot: string[]; prose: string[] };
  /**
   * Placeholder addresses in form hints and examples, not mailboxes (extract/email/address.ts):
   * regex sources for a whole local part ("your-name", "max.mustermann") and a whole domain
   * ("your-company.com"), lower case; '' where a language's hints use the English ones.
   */
  placeholderEmail: { local: string; domain: string };
  /**
   * schema.org ContactPoint contactType values (free text) whose words alone would not say the role
   * (role/role-words.ts), regex sources matched case-blind. Google documents the values in English
   * only ("reservations", "roadside assistance"): other languages' values are read with their role words.
   */
  contactTypes: { sales: string; support: string };
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
  /** An extension's word before its digits, alone on a line or after the number ("ext. 12", "Durchwahl 12", "poste 204", "доб. 5"). */
  extension: string;
  /**
   * Abbreviations read as an extension only right after a number ("x 12", "DW 20", "int. 5", "转 8001"),
   * too short or too common to name one on their own; '' where a language has none.
   */
  extensionAfterNumber: string;
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
  /**
   * A shop's cart or checkout as a URL path segment ("/cart", "/warenkorb", "/panier"): a form posting
   * there is a checkout. Written as in URLs (often ASCII, transliterated: "korzina"), matched case-blind.
   */
  cartPaths: string;
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
  /**
   * The heading blog themes and shops put above a comment or review form; anywhere in the heading,
   * except entries written ^…$, which must be the whole heading: a comment section's title
   * ("Comments", "3 Comments"), since a contact form asks for "questions or comments" too.
   */
  commentHeading: string;
  /**
   * What a comment, reply or guestbook form calls itself in its own id, class, action or button
   * ("comment-form", "/comments/add", "Post comment"); anywhere. Read only where nothing says contact.
   */
  commentForm: string;
  /**
   * Newsletters, surveys, gated downloads, job applications, sharing, registration, moderation,
   * listings; anywhere, so a short word is written with \b before it where it could end another
   * ("\banket" is not "Bankettanfrage") or as the phrase a non-contact form uses.
   */
  notContact: string;
}

/**
 * A language with no full pack yet gives the readers that need it most only these: the form
 * reader's words and chat launchers' labels (locale/partial-packs.ts), as address-packs.ts gives the
 * address reader the street words of languages without a full pack.
 */
export type PartialPack = Pick<LanguagePack, 'id' | 'unspaced' | 'chatLauncher' | 'forms'>;

// The address words live in address-words.ts (the address reader's own fields); re-exported for the packs.
export type { AddressWords } from './address-words.js';
