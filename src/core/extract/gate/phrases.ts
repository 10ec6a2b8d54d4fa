// The hurdles a vendor puts before a person can be reached, in every language pack's words
// (locale/packs/*: `gates`). A gate needs two things in one sentence: the hurdle ("have your serial
// number ready", "sign in to", "Premium plans") and the contact it guards ("contact support", "open
// a ticket"), so a product page's "the serial number is on the back" or a bare "Sign in" link is not
// a gate. Matched over folded text (match.ts).
import type { GateWords } from '../../locale/language-pack.js';
import { packPattern } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';

const gate = (field: keyof GateWords) => packPattern(LANGUAGE_PACKS, (pack) => pack.gates[field], 'letters-digits');

/** A per-minute call tariff ("14 ct/Min.", "0,14 € pro Minute"): the phone extractor's premium-rate flag, not a paid plan. */
const PER_MINUTE = LANGUAGE_PACKS.map((pack) => pack.gates.perMinute).join('|');
const CALL_TARIFF = new RegExp(`\\d\\s*(?:ct|cent|cents|p|€|eur|euro|\\$)\\.?\\s*(?:/|${PER_MINUTE})\\s*min`, 'u');

export const GATE_PATTERNS = {
  id: gate('idNumber'),
  ready: gate('ready'),
  require: gate('require'),
  contact: gate('contact'),
  signIn: gate('signIn'),
  paid: gate('paidPlan'),
  following: packPattern(LANGUAGE_PACKS, (pack) => pack.gates.following, 'anywhere'),
  tariff: CALL_TARIFF,
};
