import { describe, expect, it } from 'vitest';
import { salesHumanChannel } from '../../../src/core/score/checks/sales-human-channel.js';
import { salesSecondChannel } from '../../../src/core/score/checks/sales-second-channel.js';
import { supportHumanChannel } from '../../../src/core/score/checks/support-human-channel.js';
import { supportSecondChannel } from '../../../src/core/score/checks/support-second-channel.js';
import { HUMAN_CHANNEL_WEIGHT, INDIRECT_ONLY_SHARE } from '../../../src/core/score/role-checks/human-channel.js';
import { ONE_NON_EMAIL_SHARE, SECOND_CHANNEL_WEIGHT } from '../../../src/core/score/role-checks/second-channel.js';
import { ctx, finding } from './make.js';

describe('human channel', () => {
  it('passes for a support phone, and for a general chat with a person', () => {
    expect(supportHumanChannel.evaluate(ctx([finding({ kind: 'phone', value: '+15550100', role: 'support', depth: 2 })])).status).toBe('pass');
    const chat = salesHumanChannel.evaluate(ctx([finding({ kind: 'chat', value: 'intercom', flags: ['script'] })]));
    expect(chat.status).toBe('pass');
    expect(chat.explanation).toContain('chat');
    expect(chat.explanation).toContain('all general, none for sales specifically');
  });

  it('fails, with most of the weight, when the only way in is a form, a bot or a noreply mailbox', () => {
    const out = salesHumanChannel.evaluate(
      ctx([
        finding({ kind: 'form', value: 'https://vendor.example/quote', role: 'sales' }),
        finding({ kind: 'chat', value: 'botvendor', role: 'sales', flags: ['bot'] }),
        finding({ kind: 'email', value: 'noreply@vendor.example', role: 'sales', flags: ['noreply'] }),
      ]),
    );
    expect(out.status).toBe('fail');
    expect(out.points).toBeCloseTo(HUMAN_CHANNEL_WEIGHT * INDIRECT_ONLY_SHARE);
    expect(out.explanation).toBe('Sales offers only a contact form, a bot-only chat and a noreply address, no phone, email, chat or messaging with a person.');
    expect(out.evidence).toHaveLength(3);
  });

  it('fails with the full weight when nothing is found, and does not borrow the other role', () => {
    const out = salesHumanChannel.evaluate(ctx([finding({ kind: 'phone', value: '+15550100', role: 'support' })]));
    expect(out).toMatchObject({ status: 'fail', points: HUMAN_CHANNEL_WEIGHT });
  });

  it('does not count a contact reached only through sitemap.xml, and says so', () => {
    const out = supportHumanChannel.evaluate(ctx([finding({ kind: 'email', value: 'help@vendor.example', role: 'support', flags: ['sitemap-only'] })]));
    expect(out.points).toBe(HUMAN_CHANNEL_WEIGHT);
    expect(out.explanation).toMatch(/only on pages listed in sitemap\.xml/);
  });
});

describe('second direct channel', () => {
  it('passes with phone and email', () => {
    const out = salesSecondChannel.evaluate(
      ctx([finding({ kind: 'phone', value: '+15550100', role: 'sales' }), finding({ kind: 'email', value: 'info@vendor.example' })]),
    );
    expect(out.status).toBe('pass');
    // A list in the reader's language ("phone and email", "Telefon und E-Mail"), not a comma list.
    expect(out.explanation).toBe('Sales has 2 direct channels: phone and email.');
  });

  it('fails with the full weight for email alone (CJEU C-298/07)', () => {
    const out = supportSecondChannel.evaluate(
      ctx([
        finding({ kind: 'email', value: 'help@vendor.example', role: 'support' }),
        finding({ kind: 'form', value: 'https://vendor.example/t', role: 'support' }),
      ]),
    );
    expect(out).toMatchObject({ status: 'fail', points: SECOND_CHANNEL_WEIGHT });
    expect(out.explanation).toContain('help@vendor.example');
  });

  it('fails with part of the weight for a phone alone, and fully for nothing', () => {
    expect(supportSecondChannel.evaluate(ctx([finding({ kind: 'phone', value: '+15550100', role: 'support' })])).points).toBeCloseTo(
      SECOND_CHANNEL_WEIGHT * ONE_NON_EMAIL_SHARE,
    );
    expect(supportSecondChannel.evaluate(ctx([])).points).toBe(SECOND_CHANNEL_WEIGHT);
  });

  it('does not count a noreply address as the second channel', () => {
    const out = salesSecondChannel.evaluate(
      ctx([finding({ kind: 'phone', value: '+15550100', role: 'sales' }), finding({ kind: 'email', value: 'no-reply@vendor.example', role: 'sales' })]),
    );
    expect(out.status).toBe('fail');
  });
});
