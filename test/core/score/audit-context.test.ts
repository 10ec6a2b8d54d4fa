import { describe, expect, it } from 'vitest';
import { forRole, isContactLink, isDirectHuman, isGermanSite, isImprintPage, isNoreply, pathMessage } from '../../../src/core/score/audit-context.js';
import { translator } from '../../../src/core/i18n/catalogue.js';
import { ctx, finding, page, SITE } from './make.js';

describe('audit context helpers', () => {
  it('knows a direct human channel', () => {
    const yes = [
      finding({ kind: 'phone', value: '+1' }),
      finding({ kind: 'email', value: 'a@b.c' }),
      finding({ kind: 'chat', value: 'intercom' }),
      finding({ kind: 'messaging', value: 'whatsapp' }),
    ];
    const no = [
      finding({ kind: 'form', value: 'https://x/f' }),
      finding({ kind: 'helpdesk', value: 'https://x/h' }),
      finding({ kind: 'fax', value: '+1' }),
      finding({ kind: 'email', value: 'noreply@b.c' }),
      finding({ kind: 'chat', value: 'bot', flags: ['bot'] }),
      finding({ kind: 'address', value: '1 Main St' }),
    ];
    expect(yes.map(isDirectHuman)).toEqual([true, true, true, true]);
    expect(no.map(isDirectHuman)).toEqual([false, false, false, false, false, false]);
  });

  it('recognises noreply addresses by flag or local part only', () => {
    expect(['no-reply@x.de', 'donotreply@x.de', 'no_reply@x.de'].map((value) => isNoreply(finding({ kind: 'email', value })))).toEqual([true, true, true]);
    expect(isNoreply(finding({ kind: 'email', value: 'reply@x.de' }))).toBe(false);
    expect(isNoreply(finding({ kind: 'email', value: 'info@noreply.example' }))).toBe(false);
  });

  it('gives a role its own and the general findings, not the other role', () => {
    const f = [
      finding({ kind: 'phone', value: '1', role: 'sales' }),
      finding({ kind: 'phone', value: '2', role: 'support' }),
      finding({ kind: 'phone', value: '3' }),
    ];
    expect(forRole(f, 'sales').map((x) => x.value)).toEqual(['1', '3']);
  });

  it('renders a click path, clipping long texts and naming textless links by URL path', () => {
    const english = (ref: ReturnType<typeof pathMessage>) => translator('en')(ref.key as never, ref.params);
    expect(english(pathMessage([`${SITE}/`], []))).toBe('the start page');
    expect(english(pathMessage([`${SITE}/`, `${SITE}/help`, `${SITE}/help/call`], ['', 'y'.repeat(100)]))).toBe(`Home → /help → ${'y'.repeat(49)}…`);
    expect(english(pathMessage([`${SITE}/`], [], 'Impressum'))).toBe('Home → Impressum');
  });

  it('finds contact and imprint links in several languages and URLs', () => {
    const yes = ['Contact us', 'Kontakt', 'Contattaci', 'Contáctenos', 'お問い合わせ'].map((text) => isContactLink({ url: `${SITE}/x`, text }));
    expect(yes).toEqual([true, true, true, true, true]);
    expect(isContactLink({ url: `${SITE}/kontaktformular`, text: '' })).toBe(true);
    expect(isContactLink({ url: `${SITE}/products`, text: 'Products' })).toBe(false);
    expect(['Contact center software', 'Contactless payments', 'Contact lenses'].map((text) => isContactLink({ url: `${SITE}/x`, text }))).toEqual([
      false,
      false,
      false,
    ]);
    expect(isContactLink({ url: `${SITE}/contact-centre`, text: '' })).toBe(false);
    expect(isImprintPage(page({ url: `${SITE}/legal/imprint` }))).toBe(true);
    expect(isImprintPage(page({ url: `${SITE}/legal` }))).toBe(false);
  });

  it('treats lang de and .de/.at/.ch hosts as German-language sites', () => {
    expect(isGermanSite(ctx([], [page({ lang: 'de' })]))).toBe(true);
    expect(isGermanSite(ctx([], [page()], { site: 'https://shop.ch' }))).toBe(true);
    expect(isGermanSite(ctx([], [page({ lang: 'en-GB' })]))).toBe(false);
    expect(isGermanSite(ctx([], [page({ lang: 'dev' })]))).toBe(false);
  });
});
