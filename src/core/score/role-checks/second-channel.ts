import { englishTitle, forRole, isDirectHuman, listMessage, reachable, shown, type ContactRole } from '../audit-context.js';
import { evidenceNote, fail, pass, type CheckDefinition } from '../check.js';
import { contactMessage } from '../evidence-notes.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { channelMessage } from './human-channel.js';

// A second direct channel: the rest of each category (50 + 30 + 20 = 100).
export const SECOND_CHANNEL_WEIGHT = 20;
// Email alone is not enough, a second direct channel is needed, CJEU C-298/07.
export const EMAIL_ONLY_SHARE = 1;
// One direct channel that is not email (a phone, say): a person is there, but the email the E-Commerce Directive Art. 5(1)(c) requires is not.
export const ONE_NON_EMAIL_SHARE = 0.5;

/** At least two kinds of direct human channel (phone, email, chat, messaging) for the role. */
export function secondChannelCheck(role: ContactRole): CheckDefinition {
  return {
    id: `${role}-second-channel`,
    title: englishTitle(`checks_${role}_second_channel_title` satisfies MessageKey),
    category: role,
    weight: SECOND_CHANNEL_WEIGHT,
    source: 'CJEU C-298/07 (email alone is not enough); E-Commerce Directive 2000/31/EC Art. 5(1)(c)',
    evaluate(ctx) {
      const direct = reachable(forRole(ctx.findings, role)).filter(isDirectHuman);
      const kinds = [...new Set(direct.map((f) => f.kind))];
      const evidence = kinds.map((k) => direct.find((f) => f.kind === k)!).map((f) => ({ url: f.url, value: shown(f), ...evidenceNote(contactMessage(f)) }));
      if (kinds.length >= 2)
        return pass({ key: `checks_second_pass_${role}`, params: { count: kinds.length, channels: listMessage(kinds.map(channelMessage)) } }, evidence);
      if (kinds.length === 0) return fail(SECOND_CHANNEL_WEIGHT, 1, { key: `checks_second_none_${role}` });
      if (kinds[0] === 'email') {
        return fail(SECOND_CHANNEL_WEIGHT, EMAIL_ONLY_SHARE, { key: `checks_second_email_only_${role}`, params: { value: shown(direct[0]!) } }, evidence);
      }
      return fail(SECOND_CHANNEL_WEIGHT, ONE_NON_EMAIL_SHARE, { key: `checks_second_one_${role}`, params: { channel: channelMessage(kinds[0]!) } }, evidence);
    },
  };
}
