import type { Finding, Report } from '../schema.js';

// Shared by the Markdown and HTML exports: what the reader sees first (how to reach sales and support).
// Plain data, unescaped: each format escapes it its own way.

/** Kinds that reach a person directly (the scoring's 'direct human channel', as far as the report shows it). */
const DIRECT_KINDS = new Set(['phone', 'email', 'chat', 'messaging']);

function isDirect(f: Finding): boolean {
  return DIRECT_KINDS.has(f.kind) && !f.flags.includes('noreply') && !f.flags.includes('bot');
}

/**
 * The nearest way to reach a person for a role: linked before sitemap-only, fewer clicks first, then
 * the role's own contact before a general one. Falls back to any contact (a form...) for the role.
 */
export function nearestContact(report: Pick<Report, 'findings'>, role: 'sales' | 'support'): Finding | undefined {
  const mine = report.findings.filter((f) => (f.role === role || f.role === 'general') && f.kind !== 'gate' && f.kind !== 'address' && f.kind !== 'fax');
  const rank = (f: Finding) => [Number(!isDirect(f)), Number(f.flags.includes('sitemap-only')), f.depth, Number(f.role === 'general')];
  return [...mine].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  })[0];
}

export interface Step {
  text: string;
  url: string;
}

/** The click path as steps: "Home" (the start page), then each link text with the page it led to. */
export function pathSteps(f: Pick<Finding, 'path' | 'pathText'>): Step[] {
  const steps: Step[] = [{ text: 'Home', url: f.path[0] ?? '' }];
  f.pathText.forEach((text, i) => steps.push({ text: text.trim() || '(link without text)', url: f.path[i + 1] ?? '' }));
  return steps;
}

/** "2026-11-25 13:48 UTC" from an ISO date-time; the input itself when it is not one. */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Points with at most one decimal. */
export function pts(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export function clicksText(n: number): string {
  return `${n} click${n === 1 ? '' : 's'}`;
}

/** The host a shopper knows a site by ("acme.example"), from its origin. */
export function hostOf(site: string): string {
  try {
    return new URL(site).host;
  } catch {
    return site;
  }
}
