// Words that mark a contact as sales or support: each language pack's (locale/packs.ts `roles`),
// and the phrases that name no role. Matched as whole words, case- and accent-insensitively,
// longest phrase first (see role-matcher.ts), so "after-sales" is support although it contains
// "sales". A trailing '*' matches a word start, for compounds ("vertrieb*" → Vertriebsteam).
// Sources: vendors' own contact pages in each language; schema.org ContactPoint contactType values.
import { LANGUAGE_PACKS } from '../locale/packs.js';

export const SALES_WORDS: Record<string, string[]> = Object.fromEntries(LANGUAGE_PACKS.map((pack) => [pack.id, pack.roles.sales]));

export const SUPPORT_WORDS: Record<string, string[]> = Object.fromEntries(LANGUAGE_PACKS.map((pack) => [pack.id, pack.roles.support]));

/**
 * Phrases that contain a role word but name no role: blanked before the words are read.
 * Each is a false positive seen on vendor pages ("Help us improve this page", "Terms of sale").
 */
export const NEUTRAL_PHRASES: string[] = [
  // Legal and trade wording around an imprint: "Commercial register HRB 123" is no sales line.
  'non-commercial',
  'commercial register',
  'commercial registry',
  'registro comercial',
  'registo comercial',
  'junta comercial',
  'nome comercial',
  'nombre comercial',
  'denominacion comercial',
  // Opening hours: Brazilian sites put "Horário de atendimento" next to every number, sales too.
  'horario de atendimento',
  'horarios de atendimento',
  'customer success stories',
  'help us',
  'help us improve',
  'how can we help',
  'how may we help',
  'can we help',
  'let us help',
  'we can help',
  'here to help',
  'happy to help',
  'with the help of',
  'in support of',
  'support us',
  'support our',
  'we support',
  'browser support',
  'sales tax',
  'sales terms',
  'sales conditions',
  'point of sales',
  'tax returns',
  'returns on investment',
  'verkaufsbedingungen',
  'allgemeine verkaufsbedingungen',
  'verkauft',
  'wie konnen wir helfen',
  'conditions generales de vente',
  'conditions de vente',
  'en vente',
  "avec l'aide",
  'comment pouvons-nous vous aider',
  'condiciones de venta',
  'condiciones generales de venta',
  'a la venta',
  'en venta',
  'como podemos ayudarte',
  'en que podemos ayudarte',
  'condizioni di vendita',
  'condizioni generali di vendita',
  'in vendita',
  'come possiamo aiutarti',
  'verkoopvoorwaarden',
  'algemene verkoopvoorwaarden',
  'hoe kunnen we je helpen',
  'hoe kunnen wij u helpen',
  'condicoes de venda',
  'condicoes gerais de venda',
  'a venda',
  'como podemos ajudar',
];

/**
 * Labels for a contact that is neither sales nor support (press, jobs, privacy) or says it is for
 * everything ("General enquiries"). Next to a contact they settle it as 'general': a press number on
 * a page titled "Support" is still not the support line.
 */
export const OTHER_WORDS: string[] = [
  'general enquiries',
  'public relations',
  'pr',
  'general inquiries',
  'general questions',
  'press',
  'press office',
  'media relations',
  'media enquiries',
  'media inquiries',
  'newsroom',
  'careers',
  'jobs',
  'recruiting',
  'investor relations',
  'investors',
  'privacy',
  'data protection',
  'data protection officer',
  'dpo',
  'allgemeine anfragen',
  'allgemeine fragen',
  'presse',
  'pressestelle',
  'karriere',
  'datenschutz*',
  'demandes generales',
  'recrutement',
  'carrieres',
  'donnees personnelles',
  'protection des donnees',
  'consultas generales',
  'prensa',
  'empleo',
  'trabaja con nosotros',
  'privacidad',
  'proteccion de datos',
  'informazioni generali',
  'stampa',
  'lavora con noi',
  'carriere',
  'algemene vragen',
  'pers',
  'vacatures',
  'werken bij',
  'informacoes gerais',
  'imprensa',
  'carreiras',
  'trabalhe conosco',
  'privacidade',
  'protecao de dados',
];

/**
 * schema.org ContactPoint contactType values (free text) whose words alone would not say the role.
 * Source: the values Google's corporate-contact markup documented: customer support, technical
 * support, billing support, bill payment, sales, reservations, credit card support, emergency,
 * baggage tracking, roadside assistance, package tracking.
 * Other values are read with the word lists above.
 */
export const CONTACT_TYPE_ROLES: [RegExp, 'sales' | 'support'][] = [
  [/\breservations?\b|\bbookings?\b/i, 'sales'],
  [/bill payment|credit card support|emergency|baggage tracking|package tracking|roadside assistance/i, 'support'],
];
