import { fold } from '../../role/fold.js';
import { GATE_PATTERNS as RE } from './phrases.js';

export const GATE_VALUES = ['serial-number', 'sign-in', 'paid-plan'] as const;
export type GateValue = (typeof GATE_VALUES)[number];

/** A sentence longer than this is not a sentence (a run-on nav or a script): not read. */
const MAX_SENTENCE = 600;

/** Folded form the phrase lists are written in: lower case, no accents, one kind of apostrophe. */
export function foldForGates(text: string): string {
  // gatesIn and readyIntro read the same sentence one after the other: fold it once.
  if (text !== lastFolded.text) lastFolded = { text, folded: fold(text).replace(/[\u2018\u2019\u02bc`´]/g, "'") };
  return lastFolded.folded;
}

let lastFolded = { text: '', folded: '' };

/** Which gates one sentence describes (usually none). */
export function gatesIn(sentence: string): GateValue[] {
  if (sentence.length > MAX_SENTENCE) return [];
  const t = foldForGates(sentence);
  const contact = RE.contact.test(t);
  const out: GateValue[] = [];
  if (RE.id.test(t) && (RE.ready.test(t) || (contact && RE.require.test(t)))) out.push('serial-number');
  if (contact && RE.signIn.test(t)) out.push('sign-in');
  if (contact && RE.paid.test(t) && !RE.tariff.test(t)) out.push('paid-plan');
  return out;
}

/**
 * Cheap test on a whole block before its sentences are read: gatesIn finds nothing in a sentence
 * without contact wording (or an ID number with have-it-ready wording), and readyIntro needs the
 * latter. Sentences are trimmed pieces of the block split at whitespace, so a phrase matching in
 * one also matches in the block.
 */
export function mayHoldGate(text: string): boolean {
  const t = fold(text).replace(/[\u2018\u2019\u02bc`´]/g, "'");
  return RE.contact.test(t) || RE.ready.test(t);
}

/**
 * "Before you call, have the following ready:" names no number itself; the list after it does.
 * True for a sentence with the have-it-ready wording, no ID number of its own, and announcing a
 * list (a trailing colon or "the following"): a bare "Before you call" heading is not enough.
 */
export function readyIntro(sentence: string): boolean {
  if (sentence.length > MAX_SENTENCE) return false;
  const t = foldForGates(sentence);
  return RE.ready.test(t) && !RE.id.test(t) && (t.trimEnd().endsWith(':') || RE.following.test(t));
}

/** Whether a text names an ID number (serial, order, customer number...). */
export function namesIdNumber(text: string): boolean {
  return text.length <= MAX_SENTENCE && RE.id.test(foldForGates(text));
}

/** Sentences of a block: lines, then full stops followed by a capital (so "Serial No. ready" holds). */
export function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}¿¡])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}
