// Words that say what a form field is for, read from its name, id, placeholder, aria-label and
// <label> (folded: lower case, no accents), in en, de, fr, es, it, nl, pt. Regex sources, matched
// at a word start and also across names like "your-message" or "input_message_1".
// Source: field names of common form builders (Contact Form 7 "your-message", HubSpot "message",
// Gravity Forms labels) and contact pages in each language.

/** A free-text message: what makes a form a way to say something to a person. */
export const MESSAGE_FIELD =
  'message|msg\\b|comments?\\b|inquir|enquir|question|your request|details|description|how can we help|' +
  'nachricht|anliegen|anfrage|mitteilung|bemerkung|ihre frage|' +
  'commentaire|demande|votre question|' +
  'mensaje|consulta|comentario|' +
  'messaggio|richiesta|domanda|' +
  'bericht|vraag|opmerking|' +
  'mensagem|duvida|assunto da mensagem';

/** A way to reply: an email address field. */
export const EMAIL_FIELD = 'e-?mail|correo|courriel|posta elettronica';

/** A way to reply: a phone field. */
export const PHONE_FIELD = 'phone|tel\\b|telephon|telefon|telefoon|mobile|mobil|handy|cell|celular|cellulare|gsm\\b|whatsapp';

/** Single-field search boxes name their field like this. */
export const SEARCH_NAMES = new Set(['q', 's', 'query', 'search', 'keyword', 'keywords', 'term', 'searchterm', 'search_query']);

/** Card payment and cart fields: a checkout, not a contact form. A quote form's "quantity" is not enough. */
export const CHECKOUT_FIELD =
  'card.?number|cc.?num|cardnumber|cvv|cvc|csc\\b|security code|add.?to.?cart|checkout|warenkorb|panier|carrito|carrello|winkelwagen|carrinho';

/** Reviews and ratings: opinion for other shoppers, not a message to the vendor. */
export const REVIEW_FIELD = 'rating|rate\\b|review|stars?\\b|bewertung|avis client|valoracion|recensione|beoordeling|avaliacao';

/** Someone else's address: a "send this page to a friend" form, not a message to the vendor. */
export const RECIPIENT_FIELD =
  'recipient|friend|to.?e-?mail|mail.?to\\b|e-?mail.?to\\b|destinatair|\\bami\\b|amie\\b|empfanger|freund|destinatario|amig[oa]|amic[oa]|ontvanger|vriend';

/** Fields of a message to someone other than the vendor: reporting abuse to the moderators, replying to another user's ad. */
export const OTHER_PARTY_FIELD = /abuse|ad.?reply|reply.?to.?ad\b/;

/** An order or a product's serial number the form asks for first: a hurdle before a shopper may write. */
export const ORDER_FIELD =
  'order.?(?:no|nr|num|number|id|#)|bestellnummer|auftragsnummer|numero de commande|n. de commande|numero de pedido|numero d.ordine|ordernummer|bestelnummer|numero do pedido';
export const SERIAL_FIELD = 'serial|seriennummer|numero de serie|numero di serie|serienummer|imei\\b';

/** A user name to choose or give: a registration or sign-in form. */
export const ACCOUNT_FIELD = 'user.?name|login\\b|benutzername|identifiant|nom d.utilisateur|nombre de usuario|usuario\\b|gebruikersnaam|логин';

/** A text box for something other than a message (a postal address, terms to read). */
export const NOT_MESSAGE_BOX = /address|adresse|direccion|indirizzo|adres\b|endereco|anschrift|conditions|terms|\bagb\b|signature/;

/**
 * A form's own words (id, class, title, legend, submit button, action path) or its heading saying it
 * is for writing to the vendor: contact, feedback, an enquiry, a quote, demo or callback request.
 */
export const CONTACT_PURPOSE = new RegExp(
  [
    'contact|get in touch|feedback|enquir|inquir|ask (?:a|your|us a) question|write to us|send us a message|message us|call ?back|request a (?:quote|demo|call)',
    'kontakt|ruckruf|anfrage|angebot anfordern|formulaire de contact|nous ecrire|devis|contacto|contactenos|presupuesto|contatt|preventivo',
    'neem contact|offerte aanvragen|contato|fale conosco|orcamento|обратная связь|связаться|お問い合わせ|問い合わせ|문의|联系我们|咨询',
  ].join('|'),
);

/** WordPress and other blog comment forms (markers of the form element and its fields). */
export const BLOG_COMMENT = {
  selector: '#commentform, .comment-form, [name="comment_post_ID"], [action*="wp-comments-post"]',
  /** The heading WordPress themes put above the comment form, per language. */
  heading:
    /leave a (?:reply|comment)|post a comment|kommentar (?:schreiben|hinterlassen)|antworten abbrechen|laisser un commentaire|deja un comentario|lascia un commento|laat een reactie achter|deixe um comentario/,
};

/**
 * Forms with these words around them (title, id, submit button, heading) are newsletters, surveys,
 * gated downloads, job applications or "send to a friend" forms: a message field and an email
 * field, but not a way to reach the vendor.
 */
export const NOT_CONTACT_CONTEXT = new RegExp(
  [
    "newsletter|subscribe|unsubscribe|abonnieren|anmelden zum|s'abonner|abonnez|suscrib|iscriviti|inschrijven|aanmelden voor|inscreva|assine",
    'survey|umfrage|sondage|encuesta|sondaggio|enquete|webinar|whitepaper|white paper|e-?book|download the|product updates|pricing updates',
    // Job applications: careers pages carry a cover-letter box and an email field too.
    'apply for|job application|submit (?:your |my )?application|cover letter|\\bcv\\b|resume\\b|bewerbung|bewerben|candidature|postuler|candidatura|sollicit',
    // Sharing a product with someone else.
    "(?:tell|email|send (?:this |it )?to|share (?:this |it )?with) a friend|friend's email|einem freund|a un ami|a un amigo|a un amico|een vriend",
    // Opening an account: a registration, whatever else it asks.
    'create (?:a |an |your )?(?:new )?account|registr(?!ered (?:office|address))|sign ?up|inscri(?:p|v|re)|crear cuenta|konto erstellen|account aanmaken|регистрац|新規登録|会員登録|注册|회원가입',
    // Reporting a post to the moderators, or replying to another user's classified ad.
    'moderat|report abuse|signaler|reply to (?:the |this )?ad\\b|adreply|contact (?:the )?seller|verkaufer kontaktieren|contacter le vendeur|contactar al vendedor',
    // Adding a listing, a link or a record to the site.
    'add (?:a )?new\\b|add record|submit (?:a |your )?(?:link|site|listing|url|event|article)',
  ].join('|'),
);

/** Hidden select/input names whose option or value says which team gets the message. */
export const TOPIC_FIELD =
  /department|topic|subject|category|reason|inquiry.?type|enquiry.?type|request.?type|abteilung|betreff|thema|sujet|objet|asunto|motivo|oggetto|reparto|onderwerp|afdeling|assunto/;
