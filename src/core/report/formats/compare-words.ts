// The words a compare page uses for a report's values, shared by the HTML and Markdown compare
// formats. Plain text, unescaped: each format escapes it its own way.
import type { Translate } from '../../i18n/catalogue.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { formatDateTime, formatNumber } from '../../i18n/intl.js';
import { checkTitle } from '../../i18n/check-text.js';
import { bestWayLine, describeBestWay } from '../../reach/describe.js';
import type { BestWay } from '../../reach/reach.js';
import type { Check, Finding, Report } from '../schema.js';
import type { AuditChange, CheckChange } from '../../compare/index.js';

const STATUS = { pass: 'compare_status_pass', fail: 'compare_status_fail', 'not-applicable': 'compare_status_not_applicable' } as const;
const OUTCOME = { complete: 'compare_outcome_complete', partial: 'compare_outcome_partial', failed: 'compare_outcome_failed' } as const;
const ROLE = { sales: 'compare_role_sales', support: 'compare_role_support', general: 'compare_role_general' } as const;
const KIND = {
  phone: 'compare_kind_phone',
  fax: 'compare_kind_fax',
  email: 'compare_kind_email',
  address: 'compare_kind_address',
  chat: 'compare_kind_chat',
  messaging: 'compare_kind_messaging',
  form: 'compare_kind_form',
  helpdesk: 'compare_kind_helpdesk',
  gate: 'compare_kind_gate',
} as const;

export interface Words {
  t: Translate;
  lang: UiLanguage;
}

export const num = (w: Words, n: number): string => formatNumber(w.lang, n);

/** "+12 (harder to find)", "−5 (easier to find)", "no change": 0 is best, so up is worse. */
export function deltaText(w: Words, delta: number): string {
  if (delta === 0) return w.t('compare_no_change');
  return delta > 0 ? w.t('compare_more_hidden', { points: num(w, delta) }) : w.t('compare_easier', { points: num(w, -delta) });
}

export function outcomeText(w: Words, r: Report): string {
  return w.t(OUTCOME[r.outcome.status]);
}

export function checkCell(w: Words, c: Check | undefined): string {
  if (!c) return w.t('compare_status_absent');
  return w.t('compare_check_cell', { status: w.t(STATUS[c.status]), points: num(w, c.points), weight: num(w, c.weight) });
}

export function changeTitle(w: Words, c: CheckChange): string {
  return checkTitle((c.after ?? c.before)!, w.t);
}

export const wayText = (w: Words, way: BestWay | undefined): string => (way ? bestWayLine(way, w.t) : w.t('compare_none_found'));
export const wayWhere = (w: Words, way: BestWay | undefined): string => (way ? describeBestWay(way, w.t).where : w.t('compare_none_found'));
export const kindText = (w: Words, f: Finding): string => w.t(KIND[f.kind]);
export const roleText = (w: Words, f: Finding): string => w.t(ROLE[f.role]);

/** "The audit of 25 November 2026 at 13:00 UTC compared with the audit of …". */
export function changeMeta(w: Words, c: AuditChange): string {
  return w.t('compare_change_meta', { before: formatDateTime(w.lang, c.before.startedAt), after: formatDateTime(w.lang, c.after.startedAt) });
}

/** A count's change with its sign: "+2", "−1", "0". */
export function signed(w: Words, delta: number): string {
  return `${delta > 0 ? '+' : delta < 0 ? '\u2212' : ''}${num(w, Math.abs(delta))}`;
}
