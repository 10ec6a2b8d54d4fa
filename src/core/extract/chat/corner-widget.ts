import { LANGUAGE_PACKS } from '../../locale/packs.js';
import { PARTIAL_PACKS } from '../../locale/partial-packs.js';
import { classifyRole } from '../../role/classify-role.js';
import { escapeRegExp, fold } from '../../role/fold.js';
import type { PageFinding } from '../../types.js';
import { urlKey, vendorsForUrl } from './match.js';

/**
 * A launcher no vendor table knows: in the rendered page, an element fixed in a bottom corner (the
 * place every chat widget puts its button or frame), labelled with a launcher word in any language of
 * the locale packs, full or partial ("Chat", "Message us", "Hilfe", "お問い合わせ", "Canlı destek"). The
 * content script measures the live page (position, size, corner) and hands the candidates over; this
 * decides, so the long tail of chat products is not scored as "no chat". Known vendors are left to chat.ts.
 */
export interface CornerWidget {
  tag: string;
  /** Visible text, aria-label or title, as written (bounded by the caller). */
  label: string;
  /** An iframe's src. */
  src?: string;
  id?: string;
}

const LAUNCHER_WORDS = [...new Set([...LANGUAGE_PACKS, ...PARTIAL_PACKS].flatMap((p) => p.chatLauncher))].map((w) => fold(w));
/** Latin words at word starts ("chat", not "purchase"); CJK words anywhere, since they have no spaces. */
const LAUNCHER = new RegExp(
  LAUNCHER_WORDS.map((w) => (/^[\p{Script=Latin}\s'’?¿!-]+$/u.test(w) ? `(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])` : escapeRegExp(w))).join('|'),
  'u',
);
/** A launcher's label is a few words; a cookie banner or a newsletter box fixed in a corner says more. */
const MAX_LABEL = 60;

export function cornerWidgetFindings(widgets: readonly CornerWidget[], pageUrl: string): PageFinding[] {
  for (const w of widgets) {
    const label = w.label.replace(/\s+/g, ' ').trim();
    // An iframe of a vendor the table knows is chat.ts's to report, under the vendor's name.
    const key = w.src ? urlKey(w.src, pageUrl) : undefined;
    if (key && vendorsForUrl(key).length) continue;
    if (!label || label.length > MAX_LABEL || !LAUNCHER.test(fold(label))) continue;
    const role = classifyRole({ near: label });
    const where = key ? ` (frame from ${key.slice(0, key.indexOf('/'))})` : '';
    // One launcher is the widget: a page has one chat.
    return [
      {
        kind: 'chat',
        value: 'unknown',
        display: 'Chat widget (vendor not known)',
        role: role === 'general' ? 'support' : role,
        flags: ['rendered', 'unknown-widget'],
        context: `${w.tag} in a corner: "${label}"${where}`.slice(0, 160),
      },
    ];
  }
  return [];
}
