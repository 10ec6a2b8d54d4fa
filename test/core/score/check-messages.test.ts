// Every check explains itself as a catalogue message, so the popup and the reports can say it in
// the reader's language: each outcome's message renders in every language, with no key or
// placeholder left over, and its English rendering is the report's `explanation`. The same for
// each evidence note: its message's English is the report's `note`.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/core/i18n/catalogue-files.js';
import { translator } from '../../../src/core/i18n/catalogue.js';
import { isMessageRef, type MessageRef } from '../../../src/core/i18n/message-format.js';
import { checkExplanation, checkTitle, evidenceText } from '../../../src/core/i18n/check-text.js';
import { UI_LANGUAGES } from '../../../src/core/i18n/languages.js';
import type { AuditContext } from '../../../src/core/score/audit-context.js';
import type { CheckOutcome } from '../../../src/core/score/check.js';
import { CHECKS } from '../../../src/core/score/checks/index.js';
import { contactDepthCheck } from '../../../src/core/score/role-checks/contact-depth.js';
import { humanChannelCheck } from '../../../src/core/score/role-checks/human-channel.js';
import { secondChannelCheck } from '../../../src/core/score/role-checks/second-channel.js';
import { imprintTwoClicks } from '../../../src/core/score/checks/imprint-two-clicks.js';
import { contactGates } from '../../../src/core/score/checks/contact-gates.js';
import { ctx, finding, link, page, SITE } from './make.js';

/** Sites that between them take every branch of every check. */
const SITES: AuditContext[] = [
  ctx([]),
  ctx([], [page({ lang: 'de' })]),
  ctx([], [page({ links: [link('/kontakt', 'Kontakt', 'nav')] })]),
  ctx([], [page({ title: 'Contact us' })]),
  ctx([], [page(), page({ depth: 3, url: `${SITE}/contact`, pathText: ['About', '', 'Contact'] })]),
  ctx([], [page(), page({ depth: 1, url: `${SITE}/contact`, viaSitemap: true })], { sitemapOnly: [{ url: `${SITE}/kontakt`, reason: 'sitemap' }] }),
  ctx([], [page({ lang: 'de' }), page({ depth: 3, url: `${SITE}/impressum` })]),
  ctx([], [page({ lang: 'de' }), page({ depth: 1, pathText: ['Kontakt'], links: [link('/impressum', 'Impressum')] })]),
  ctx(
    [
      finding({ kind: 'phone', value: '+15550100', role: 'sales', flags: ['image-only'] }),
      finding({ kind: 'phone', value: '+15550101', role: 'support', depth: 2, flags: ['premium-rate'] }),
      finding({ kind: 'phone', value: '+15550102', depth: 1 }),
      finding({ kind: 'email', value: 'noreply@vendor.example', flags: ['noreply'] }),
      finding({ kind: 'email', value: 'sales@vendor.example', role: 'sales', depth: 4 }),
      finding({ kind: 'address', value: 'PO Box 1', flags: ['po-box'] }),
      finding({ kind: 'gate', value: 'serial-number', flags: ['serial-number'], context: 'Enter your serial number' }),
      finding({ kind: 'gate', value: 'Kundenkonto', depth: 1 }),
    ],
    [page(), page({ depth: 1 })],
  ),
  ctx([
    finding({ kind: 'email', value: 'help@vendor.example', role: 'support', depth: 2 }),
    finding({ kind: 'email', value: 'noreply@vendor.example', flags: ['noreply'], role: 'support' }),
    finding({ kind: 'phone', value: '+15550100', role: 'support', flags: ['sitemap-only'] }),
    finding({ kind: 'address', value: '1 Main St', depth: 1 }),
    finding({ kind: 'address', value: '2 Main St', flags: ['sitemap-only'] }),
    finding({ kind: 'form', value: `${SITE}/quote`, role: 'sales' }),
    finding({ kind: 'chat', value: 'bot', role: 'sales', flags: ['bot'] }),
    finding({ kind: 'phone', value: '+15550103', role: 'support', flags: ['image-only'] }),
    finding({ kind: 'gate', value: 'image-only-phone', flags: ['image-only-phone'] }),
  ]),
  ctx([finding({ kind: 'phone', value: '+15550100', depth: 2 }), finding({ kind: 'phone', value: '+15550101', role: 'sales', depth: 4 })]),
  ctx([finding({ kind: 'address', value: 'Hauptstr. 1', flags: ['partial'], depth: 1 }), finding({ kind: 'chat', value: 'intercom', role: 'support' })]),
  ctx([
    finding({ kind: 'email', value: 'noreply@vendor.example', flags: ['noreply'] }),
    finding({ kind: 'email', value: 'no-reply@vendor.example', flags: ['noreply'] }),
  ]),
  ctx([
    finding({ kind: 'phone', value: '+15550104', role: 'sales', flags: ['image-only'] }),
    finding({ kind: 'email', value: 'sales@vendor.example', role: 'sales' }),
  ]),
  ctx([
    finding({ kind: 'address', value: '3 Main St', flags: ['sitemap-only'] }),
    finding({ kind: 'phone', value: '+499001234', role: 'support', flags: ['premium-rate'] }),
    finding({ kind: 'phone', value: '+15550105', role: 'sales', flags: ['sitemap-only'] }),
  ]),
  ctx([finding({ kind: 'email', value: 'info@vendor.example', depth: 2 })]),
  // More pages without a contact link than the evidence lists.
  ctx(
    [],
    Array.from({ length: 22 }, (_, i) => page({ depth: i ? 1 : 0, url: `${SITE}/p${i}` })),
  ),
  ctx([
    finding({ kind: 'email', value: 'help@vendor.example', role: 'support', depth: 1 }),
    finding({ kind: 'email', value: 'orders@vendor.example', role: 'sales' }),
  ]),
];
/** Words the sentences above use from a closed list (channels, regions, gates, list lengths): not each one is on a test site. */
const VOCABULARY = /^checks_(list|region|channel|indirect|gate)_|^checks_path_start$/;
/** The same for evidence notes: kinds, roles and phone line types. */
const NOTE_VOCABULARY = /^checks_note_(kind|role|line)_/;

const outcomes: { id: string; title: string; out: CheckOutcome }[] = SITES.flatMap((site) =>
  CHECKS.map((def) => ({ id: def.id, title: def.title, out: def.evaluate(site) })),
);

function keysIn(ref: MessageRef): string[] {
  return [ref.key, ...Object.values(ref.params ?? {}).flatMap((v) => (isMessageRef(v) ? keysIn(v) : []))];
}

describe('check explanations as catalogue messages', () => {
  it('every outcome carries a message whose English is the explanation', () => {
    for (const { id, out } of outcomes) {
      expect(out.message, `${id}: ${out.explanation}`).toBeDefined();
      expect(translator('en')(out.message!.key as never, out.message!.params)).toBe(out.explanation);
    }
    // The sites above take every branch: each checks_ message of the catalogue (titles aside) is used.
    const used = new Set(outcomes.flatMap((o) => keysIn(o.out.message!)));
    const english = catalogue('en');
    const base = (k: string) => (/_(one|other)$/.test(k) && english.has(k.replace(/_(one|other)$/, '_one')) ? k.replace(/_(one|other)$/, '') : k);
    const sentences = [...english.keys()]
      .filter((k) => k.startsWith('checks_') && !k.startsWith('checks_note_') && !k.endsWith('_title') && !VOCABULARY.test(k))
      .map(base);
    expect([...new Set(sentences)].filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: every title and explanation renders fully, with the values found on the page kept', (language) => {
    const t = translator(language);
    for (const { id, title, out } of outcomes) {
      const check = { id, title, explanation: out.explanation, ...(out.message ? { message: out.message } : {}) };
      const text = checkExplanation(check, t);
      expect(text, `${language} ${id}`).not.toMatch(/checks_|reach_|\{[a-zA-Z]+\}/);
      expect(checkTitle(check, t), `${language} ${id}`).not.toMatch(/checks_/);
      for (const value of ['+15550101', 'sales@vendor.example', 'PO Box 1']) if (out.explanation.includes(value)) expect(text).toContain(value);
    }
  });

  it('German reads as German', () => {
    const de = translator('de');
    const explain = (out: CheckOutcome) => de(out.message!.key as never, out.message!.params);
    const pages = [page({ lang: 'de' }), page({ depth: 1, pathText: ['Kontakt'], links: [link('/impressum', 'Impressum')] })];
    expect(explain(imprintTwoClicks.evaluate(ctx([], pages)))).toBe(
      'Das Impressum ist 2 Klicks von der Startseite entfernt: Startseite → Kontakt → Impressum.',
    );
    const support = contactDepthCheck('support').evaluate(ctx([finding({ kind: 'phone', value: '030 123', role: 'support', depth: 3 })]));
    expect(explain(support)).toBe('Die Support-Nummer 030 123 liegt 3 Klicks tief: Startseite → About → Company → Corporate contacts.');
    const human = humanChannelCheck('sales').evaluate(
      ctx([finding({ kind: 'form', value: `${SITE}/quote`, role: 'sales' }), finding({ kind: 'chat', value: 'bot', role: 'sales', flags: ['bot'] })]),
    );
    expect(explain(human)).toBe(
      'Der Vertrieb bietet nur ein Kontaktformular und einen reinen Bot-Chat, kein Telefon, keine E-Mail, keinen Chat und keinen Messenger mit einem Menschen.',
    );
    const second = secondChannelCheck('sales').evaluate(
      ctx([finding({ kind: 'phone', value: '+1', role: 'sales' }), finding({ kind: 'email', value: 'a@b.example' })]),
    );
    expect(explain(second)).toBe('Der Vertrieb hat 2 direkte Kanäle: Telefon und E-Mail.');
    // A gate the catalogue does not know keeps the site's own word, in German quotes.
    const gate = contactGates.evaluate(ctx([finding({ kind: 'gate', value: 'Kundenkonto' })]));
    expect(explain(gate)).toBe('Für einen Kontakt braucht es „Kundenkonto“ (1 Hürde gefunden).');
    expect(checkTitle({ id: 'support-contact-depth', title: 'x' }, de)).toBe('Klicks bis zu Telefon oder E-Mail des Supports');
  });

  it('every evidence note carries a message whose English is the note, and the sites use every note phrase', () => {
    const evidence = outcomes.flatMap(({ id, out }) => out.evidence.map((e) => ({ id, e })));
    for (const { id, e } of evidence) {
      if (e.note === undefined) continue;
      expect(e.message, `${id}: ${e.note}`).toBeDefined();
      expect(translator('en')(e.message!.key as never, e.message!.params), id).toBe(e.note);
    }
    const used = new Set(evidence.flatMap(({ e }) => (e.message ? keysIn(e.message) : [])));
    const english = catalogue('en');
    const phrases = [...english.keys()].filter((k) => k.startsWith('checks_note_') && !NOTE_VOCABULARY.test(k)).map((k) => k.replace(/_(one|other)$/, ''));
    expect([...new Set(phrases)].filter((k) => !used.has(k))).toEqual([]);
    // Each note of the vocabulary the sites reach is rendered below; the rest are words of a closed list.
    expect([...used].filter((k) => NOTE_VOCABULARY.test(k)).length).toBeGreaterThan(8);
  });

  it.each(UI_LANGUAGES)('%s: every evidence note renders fully, with the values found on the page kept', (language) => {
    const t = translator(language);
    for (const { id, out } of outcomes) {
      for (const e of out.evidence) {
        if (!e.message) continue;
        const text = evidenceText(e, t);
        expect(text, `${language} ${id}`).not.toMatch(/checks_|reach_|\{[a-zA-Z]+\}/);
        for (const value of ['Kontakt', 'About', 'Kundenkonto']) if (e.note!.includes(value)) expect(text, `${language} ${id}`).toContain(value);
        if (language !== 'en') expect(text, `${language} ${id}: ${e.note}`).not.toBe(e.note);
      }
    }
  });

  it('German notes read as German; a note without a message is shown as written', () => {
    const de = translator('de');
    const notes = (out: CheckOutcome) => out.evidence.map((e) => evidenceText(e, de));
    const support = contactDepthCheck('support').evaluate(ctx([finding({ kind: 'phone', value: '030 123', role: 'support', depth: 3 })]));
    expect(notes(support)).toEqual(['Telefon (Support), 3 Klicks: Startseite → About → Company → Corporate contacts']);
    const gate = contactGates.evaluate(ctx([finding({ kind: 'gate', value: 'serial-number', flags: ['serial-number'], role: 'sales', context: 'Serial?' })]));
    expect(notes(gate)).toEqual(['Vertrieb: eine Seriennummer („Serial?“)']);
    const premium = CHECKS.find((c) => c.id === 'premium-rate-support')!;
    const costly = premium.evaluate(ctx([finding({ kind: 'phone', value: '+499001234', role: 'support', flags: ['premium-rate', 'tel-link'] })]));
    expect(notes(costly)).toEqual(['Telefon (Support): Mehrwertnummer']);
    expect(evidenceText({ note: 'as written' }, de)).toBe('as written');
    expect(evidenceText({ note: 'as written', message: { key: 'checks_note_unknown_key' } }, de)).toBe('as written');
    expect(evidenceText({}, de)).toBe('');
  });

  it('titles stay English in the report, from the catalogue', () => {
    expect(CHECKS.map((c) => c.title)).toContain('Clicks to a sales phone or email');
    for (const def of CHECKS) expect(checkTitle(def, translator('en'))).toBe(def.title);
  });
});
