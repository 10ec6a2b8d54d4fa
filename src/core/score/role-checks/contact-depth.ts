import type { Finding } from '../../report/schema.js';
import { clicksMessage, englishTitle, forRole, isNoreply, isSitemapOnly, pathMessage, shown, type ContactRole } from '../audit-context.js';
import { evidenceNote, fail, pass, type CheckDefinition, type Evidence } from '../check.js';
import { contactMessage } from '../evidence-notes.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageRef } from '../../i18n/message-format.js';

// The headline of each category: how many clicks to a phone or email for this role; half the category.
export const CONTACT_DEPTH_WEIGHT = 50;

/** Share of the weight by the clicks from the start page to the nearest phone or email. */
export const DEPTH_SHARE: readonly number[] = [
  0, // on the start page: in plain sight
  0.1, // 1 click: one obvious step (our judgement)
  0.3, // 2 clicks: still easy to reach, the German Federal Court of Justice accepted Kontakt → Impressum, BGH I ZR 228/03
];
// 3 clicks or more: 3 clicks plus scrolling is too much, OLG Braunschweig 2 U 16/25 (2025).
export const DEEP_SHARE = 0.65;
// Only on a page that sitemap.xml lists but no link within the depth reaches: exists, but not findable.
export const SITEMAP_ONLY_SHARE = 0.85;
// A general contact counts for the role a little less well: the shopper must still ask to be routed (our judgement).
export const GENERAL_EXTRA_SHARE = 0.1;

function baseShare(f: Finding): number {
  if (isSitemapOnly(f)) return SITEMAP_ONLY_SHARE;
  return DEPTH_SHARE[f.depth] ?? DEEP_SHARE;
}

export function shareFor(f: Finding): number {
  return Math.min(1, baseShare(f) + (f.role === 'general' ? GENERAL_EXTRA_SHARE : 0));
}

/** "Sales phone +1 555 0100": who (the role, or a general contact) and what, with the value as written. */
function describe(f: Finding, role: ContactRole): MessageRef {
  const who = f.role === 'general' ? 'general' : role;
  return { key: `checks_depth_contact_${who}_${f.kind === 'email' ? 'email' : 'phone'}`, params: { value: shown(f) } };
}

function evidenceOf(f: Finding): Evidence {
  const note = { key: 'checks_note_depth', params: { contact: contactMessage(f), clicks: clicksMessage(f.depth), path: pathMessage(f.path, f.pathText) } };
  return { url: f.url, value: shown(f), ...evidenceNote(note) };
}

function where(f: Finding): MessageRef {
  if (isSitemapOnly(f)) return { key: 'checks_depth_where_sitemap_only', params: { url: f.url } };
  if (f.depth === 0) return { key: 'checks_depth_where_start_page' };
  return { key: 'checks_depth_where_deep', params: { clicks: clicksMessage(f.depth), path: pathMessage(f.path, f.pathText) } };
}

/** Clicks to a phone or email for a role: 0 → 0 points, deeper → more, none → the full weight. */
export function contactDepthCheck(role: ContactRole): CheckDefinition {
  return {
    id: `${role}-contact-depth`,
    title: englishTitle(`checks_${role}_contact_depth_title` satisfies MessageKey),
    category: role,
    weight: CONTACT_DEPTH_WEIGHT,
    source:
      'BGH I ZR 228/03 (2 clicks are easy to reach); OLG Braunschweig 2 U 16/25 (3 clicks plus scrolling is too much); general contacts +0.1 (our judgement)',
    evaluate(ctx) {
      const candidates = forRole(ctx.findings, role).filter((f) => f.kind === 'phone' || (f.kind === 'email' && !isNoreply(f)));
      const ranked = [...candidates].sort(
        (a, b) => shareFor(a) - shareFor(b) || Number(a.role === 'general') - Number(b.role === 'general') || a.kind.localeCompare(b.kind),
      );
      const best = ranked[0];
      if (!best) {
        const pages = ctx.linkedPages.length;
        // What there is instead (a form, a chat, a noreply address), so the reader sees why it does not count.
        const others = forRole(ctx.findings, role).filter((f) => f.kind !== 'gate' && f.kind !== 'address');
        return fail(
          CONTACT_DEPTH_WEIGHT,
          1,
          { key: `checks_depth_none_${role}`, params: { count: pages, clicks: clicksMessage(ctx.crawl.options.maxDepth) } },
          [evidenceNote({ key: 'checks_note_pages_crawled', params: { count: pages } }), ...others.slice(0, 5).map(evidenceOf)],
        );
      }
      const evidence = [evidenceOf(best)];
      const specific = ranked.find((f) => f.role === role);
      if (specific && specific !== best) evidence.push(evidenceOf(specific));
      const share = shareFor(best);
      const sentence = (note: MessageRef | '') => ({ key: 'checks_depth_found', params: { contact: describe(best, role), where: where(best), note } });
      if (share === 0) return pass(sentence(''), evidence);
      const generalNote =
        best.role === 'general'
          ? specific
            ? { key: `checks_depth_note_specific_${role}`, params: { clicks: clicksMessage(specific.depth) } }
            : { key: `checks_depth_note_none_${role}` }
          : '';
      return fail(CONTACT_DEPTH_WEIGHT, share, sentence(generalNote), evidence);
    },
  };
}
