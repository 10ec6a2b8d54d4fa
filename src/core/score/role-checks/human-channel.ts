import type { Finding } from '../../report/schema.js';
import { forRole, isDirectHuman, isIndirectChannel, isSitemapOnly, reachable, shown, type ContactRole } from '../audit-context.js';
import { fail, pass, type CheckDefinition } from '../check.js';

// A person at all: the second pillar of each category after the clicks.
export const HUMAN_CHANNEL_WEIGHT = 30;
// Only a form, helpdesk, bot or noreply mailbox: a way in, but no person (our judgement; C-649/17 asks for direct, effective contact).
export const INDIRECT_ONLY_SHARE = 0.8;

const INDIRECT_NAMES: Record<string, string> = {
  form: 'a contact form',
  helpdesk: 'a helpdesk portal',
  fax: 'a fax number',
  email: 'a noreply address',
  chat: 'a bot-only chat',
};

function kindName(f: Finding): string {
  if (isDirectHuman(f)) return f.kind;
  return INDIRECT_NAMES[f.kind] ?? f.kind;
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A phone, email, chat with a person or messaging app for the role, reachable by clicking. */
export function humanChannelCheck(role: ContactRole): CheckDefinition {
  const label = role === 'sales' ? 'Sales' : 'Support';
  return {
    id: `${role}-human-channel`,
    title: `${label}: a person can be reached (not only a form or a bot)`,
    category: role,
    weight: HUMAN_CHANNEL_WEIGHT,
    source: 'CJEU C-649/17 (means of communication must allow direct and effective contact); forms and bots only: our judgement',
    evaluate(ctx) {
      const mine = forRole(ctx.findings, role);
      const direct = reachable(mine).filter(isDirectHuman);
      if (direct.length) {
        const kinds = [...new Set(direct.map((f) => f.kind))];
        return pass(
          `A person in ${role} can be reached by ${list(kinds)} (${direct.length} contact${direct.length === 1 ? '' : 's'} found${direct.every((f) => f.role === 'general') ? `, all general, none for ${role} specifically` : ''}).`,
          kinds.map((k) => direct.find((f) => f.kind === k)!).map((f) => ({ url: f.url, value: shown(f), note: `${f.role} ${f.kind}` })),
        );
      }
      const hidden = mine.filter((f) => isSitemapOnly(f) && isDirectHuman(f));
      const indirect = reachable(mine).filter(isIndirectChannel);
      const evidence = [...indirect, ...hidden]
        .slice(0, 10)
        .map((f) => ({ url: f.url, value: shown(f), note: `${kindName(f)}${isSitemapOnly(f) ? ', sitemap.xml only' : ''}` }));
      const hiddenNote = hidden.length ? `; ${hidden.length} direct contact${hidden.length === 1 ? ' is' : 's are'} only on pages listed in sitemap.xml` : '';
      if (indirect.length) {
        const kinds = [...new Set(indirect.map(kindName))];
        return fail(
          HUMAN_CHANNEL_WEIGHT,
          INDIRECT_ONLY_SHARE,
          `${label} offers only ${list(kinds)}, no phone, email, chat or messaging with a person${hiddenNote}.`,
          evidence,
        );
      }
      return fail(HUMAN_CHANNEL_WEIGHT, 1, `No way to reach ${role} was found by clicking${hiddenNote}.`, evidence);
    },
  };
}
