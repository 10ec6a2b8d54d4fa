import type { Finding } from '../../report/schema.js';
import { englishTitle, forRole, isDirectHuman, isIndirectChannel, isSitemapOnly, listMessage, reachable, shown, type ContactRole } from '../audit-context.js';
import { evidenceNote, fail, pass, type CheckDefinition } from '../check.js';
import { contactMessage, kindMessage } from '../evidence-notes.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageRef } from '../../i18n/message-format.js';

// A person at all: the second pillar of each category after the clicks.
export const HUMAN_CHANNEL_WEIGHT = 30;
// Only a form, helpdesk, bot or noreply mailbox: a way in, but no person (our judgement; C-649/17 asks for direct, effective contact).
export const INDIRECT_ONLY_SHARE = 0.8;

// The ways in that are not a person which the catalogue names (checks_indirect_<kind>): "a bot-only chat", not "chat".
const INDIRECT_KINDS = new Set(['form', 'helpdesk', 'fax', 'email', 'chat']);

/** What a finding is, for an evidence note: "phone", or "a contact form" when it is no way to a person. */
function kindName(f: Finding): MessageRef {
  if (isDirectHuman(f) || !INDIRECT_KINDS.has(f.kind)) return kindMessage(f.kind);
  return { key: `checks_indirect_${f.kind}` };
}

function noteOf(f: Finding): MessageRef {
  return isSitemapOnly(f) ? { key: 'checks_note_sitemap_only', params: { what: kindName(f) } } : kindName(f);
}

/** "phone", "email", ...: a direct channel by its catalogue name. */
export function channelMessage(kind: string): MessageRef {
  return { key: `checks_channel_${kind}` };
}

/** A phone, email, chat with a person or messaging app for the role, reachable by clicking. */
export function humanChannelCheck(role: ContactRole): CheckDefinition {
  return {
    id: `${role}-human-channel`,
    title: englishTitle(`checks_${role}_human_channel_title` satisfies MessageKey),
    category: role,
    weight: HUMAN_CHANNEL_WEIGHT,
    source: 'CJEU C-649/17 (means of communication must allow direct and effective contact); forms and bots only: our judgement',
    evaluate(ctx) {
      const mine = forRole(ctx.findings, role);
      const direct = reachable(mine).filter(isDirectHuman);
      if (direct.length) {
        const kinds = [...new Set(direct.map((f) => f.kind))];
        const general = direct.every((f) => f.role === 'general') ? { key: `checks_human_all_general_${role}` } : '';
        return pass(
          { key: `checks_human_pass_${role}`, params: { channels: listMessage(kinds.map(channelMessage)), count: direct.length, general } },
          kinds.map((k) => direct.find((f) => f.kind === k)!).map((f) => ({ url: f.url, value: shown(f), ...evidenceNote(contactMessage(f)) })),
        );
      }
      const hidden = mine.filter((f) => isSitemapOnly(f) && isDirectHuman(f));
      const indirect = reachable(mine).filter(isIndirectChannel);
      const evidence = [...indirect, ...hidden].slice(0, 10).map((f) => ({ url: f.url, value: shown(f), ...evidenceNote(noteOf(f)) }));
      const hiddenNote = hidden.length ? { key: 'checks_human_sitemap_only', params: { count: hidden.length } } : '';
      if (indirect.length) {
        const kinds = [...new Set(indirect.map((f) => f.kind))];
        const channels = listMessage(kinds.map((k) => ({ key: `checks_indirect_${k}` })));
        return fail(
          HUMAN_CHANNEL_WEIGHT,
          INDIRECT_ONLY_SHARE,
          { key: `checks_human_indirect_only_${role}`, params: { channels, hidden: hiddenNote } },
          evidence,
        );
      }
      return fail(HUMAN_CHANNEL_WEIGHT, 1, { key: `checks_human_none_${role}`, params: { hidden: hiddenNote } }, evidence);
    },
  };
}
