import { describe, expect, it } from 'vitest';
import { findingKey, foldWords, kindFigures, matches, pathOf, scoreSite, type SiteFinding } from '../../scripts/eval/site-score.js';
import type { Flag } from '../../src/core/flags.js';

const f = (kind: SiteFinding['kind'], value: string, url = 'https://acme.test/', flags: Flag[] = []): SiteFinding => ({ kind, value, url, flags });

describe('matches', () => {
  it('compares phones and faxes by number, not by writing', () => {
    expect(matches({ kind: 'phone', value: '+13125550172' }, f('phone', '+13125550172'))).toBe(true);
    expect(matches({ kind: 'phone', value: '+44 (0) 20 7946 0018' }, f('phone', '+442079460018'))).toBe(true);
    expect(matches({ kind: 'phone', value: '+13125550172' }, f('phone', '+13125550173'))).toBe(false);
    expect(matches({ kind: 'fax', value: '+493023125499' }, f('phone', '+493023125499'))).toBe(false);
  });
  it('compares emails case-blind, chat and messaging by vendor id', () => {
    expect(matches({ kind: 'email', value: 'Sales@Acme.example' }, f('email', 'sales@acme.example'))).toBe(true);
    expect(matches({ kind: 'chat', value: 'intercom' }, f('chat', 'intercom'))).toBe(true);
    expect(matches({ kind: 'chat', value: 'intercom' }, f('chat', 'drift'))).toBe(false);
    expect(matches({ kind: 'messaging', value: 'whatsapp' }, f('messaging', 'whatsapp'))).toBe(true);
  });
  it('wants every word of an expected address, accents and punctuation ignored', () => {
    expect(matches({ kind: 'address', value: '14 rue des Verriers 75011 Paris' }, f('address', '14, Rue des Verriers, 75011 PARIS, France'))).toBe(true);
    expect(matches({ kind: 'address', value: 'Straße 1 Köln' }, f('address', 'Strasse 1, 50667 Koln'))).toBe(true);
    expect(matches({ kind: 'address', value: '14 rue des Verriers 75011 Paris' }, f('address', '16 rue des Verriers, 75011 Paris'))).toBe(false);
  });
  it('matches a form by its action path or by the page it is on', () => {
    const form = f('form', 'https://acme.test/contact/send', 'https://acme.test/contact');
    expect(matches({ kind: 'form', value: '/contact/send' }, form)).toBe(true);
    expect(matches({ kind: 'form', value: '/contact/send/' }, form)).toBe(true);
    expect(matches({ kind: 'form', value: '/contact' }, form)).toBe(true);
    expect(matches({ kind: 'form', value: '/about' }, form, ['https://acme.test/contact', 'https://acme.test/about'])).toBe(true);
    expect(matches({ kind: 'form', value: '/quote' }, form)).toBe(false);
  });
  it('matches a value-less expectation (gate, help desk) by kind and flags', () => {
    expect(matches({ kind: 'helpdesk' }, f('helpdesk', 'https://acme.zendesk.com/hc'))).toBe(true);
    expect(matches({ kind: 'gate', flags: ['sign-in'] }, f('gate', 'x', '/', ['serial-number']))).toBe(false);
    expect(matches({ kind: 'gate', flags: ['sign-in'] }, f('gate', 'x', '/', ['sign-in', 'paid-plan']))).toBe(true);
    expect(matches({ kind: 'gate' }, f('helpdesk', 'x'))).toBe(false);
  });
});

describe('scoreSite', () => {
  const base = { id: 'site', kinds: ['phone', 'email', 'chat'] as const };

  it('counts each expected finding once, however many pages report it', () => {
    const s = scoreSite({ ...base, expected: [{ kind: 'phone', value: '+13125550172' }], strict: ['phone'] }, [
      f('phone', '+13125550172', 'https://acme.test/'),
      f('phone', '+13125550172', 'https://acme.test/contact'),
    ]);
    expect(s.counts.phone).toEqual({ tp: 1, fp: 0, fn: 0, unlabelled: 0 });
    expect(s.errors).toEqual([]);
  });

  it('counts an extra finding as a false hit where the kind is labelled in full, else as unlabelled', () => {
    const findings = [f('email', 'sales@acme.example'), f('email', 'jobs@acme.example'), f('email', 'JOBS@acme.example', 'https://acme.test/jobs')];
    const expected = [
      { kind: 'email' as const, value: 'sales@acme.example' },
      { kind: 'email' as const, value: 'help@acme.example' },
    ];
    const strict = scoreSite({ ...base, expected, strict: ['email'] }, findings);
    expect(strict.counts.email).toEqual({ tp: 1, fp: 1, fn: 1, unlabelled: 0 });
    expect(strict.errors.map((e) => [e.type, e.value])).toEqual([
      ['miss', 'help@acme.example'],
      ['false-hit', 'jobs@acme.example'],
    ]);
    const partial = scoreSite({ ...base, expected, strict: [] }, findings);
    expect(partial.counts.email).toEqual({ tp: 1, fp: 0, fn: 1, unlabelled: 1 });
    expect(partial.errors.map((e) => e.type)).toEqual(['miss', 'unlabelled']);
  });

  it('scores only its kinds, and a page with nothing expected and nothing found as all zeros', () => {
    const s = scoreSite({ ...base, expected: [], strict: ['chat'] }, [f('form', 'https://acme.test/contact')]);
    expect(s.counts).toEqual({
      phone: { tp: 0, fp: 0, fn: 0, unlabelled: 0 },
      email: { tp: 0, fp: 0, fn: 0, unlabelled: 0 },
      chat: { tp: 0, fp: 0, fn: 0, unlabelled: 0 },
    });
  });

  it('a negative chat page: any chat found is a false hit', () => {
    const s = scoreSite({ id: 'neg', kinds: ['chat'], expected: [], strict: ['chat'] }, [f('chat', 'intercom')]);
    expect(s.counts.chat).toEqual({ tp: 0, fp: 1, fn: 0, unlabelled: 0 });
  });

  it('the same expectation listed twice is one label', () => {
    const s = scoreSite(
      {
        id: 'x',
        kinds: ['gate'],
        expected: [
          { kind: 'gate', flags: ['a'] },
          { kind: 'gate', flags: ['a'] },
        ],
        strict: [],
      },
      [],
    );
    expect(s.counts.gate).toEqual({ tp: 0, fp: 0, fn: 1, unlabelled: 0 });
  });
});

describe('helpers', () => {
  it('folds words for addresses', () => {
    expect(foldWords('Hobelweg 12, D-10115 Berlin')).toEqual(['hobelweg', '12', 'd', '10115', 'berlin']);
    expect(foldWords('Großstraße 5, Ürzig')).toEqual(['grossstrasse', '5', 'urzig']);
  });
  it('takes the path and query of a URL, without a trailing slash', () => {
    expect(pathOf('https://acme.test/contact/?x=1')).toBe('/contact/?x=1');
    expect(pathOf('https://acme.test/contact/')).toBe('/contact');
    expect(pathOf('https://acme.test/')).toBe('/');
    expect(pathOf('/contact/send')).toBe('/contact/send');
  });
  it('keys findings by kind and normalised value', () => {
    expect(findingKey(f('email', 'A@B.example'))).toBe(findingKey(f('email', 'a@b.example')));
    expect(findingKey(f('phone', '+12125550123'))).not.toBe(findingKey(f('fax', '+12125550123')));
  });
  it('gives no recall without labels and no precision without findings; F1 is 2TP/(2TP+FP+FN)', () => {
    expect(kindFigures({ tp: 0, fp: 0, fn: 0 })).toEqual({ recall: undefined, precision: undefined, f1: undefined });
    expect(kindFigures({ tp: 0, fp: 2, fn: 0 })).toEqual({ recall: undefined, precision: 0, f1: 0 });
    expect(kindFigures({ tp: 0, fp: 0, fn: 3 })).toEqual({ recall: 0, precision: undefined, f1: 0 });
    const k = kindFigures({ tp: 8, fp: 2, fn: 2 });
    expect(k.recall).toBeCloseTo(0.8);
    expect(k.precision).toBeCloseTo(0.8);
    expect(k.f1).toBeCloseTo(0.8);
  });
});
