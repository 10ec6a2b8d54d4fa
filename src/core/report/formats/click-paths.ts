import type { Finding } from '../schema.js';

// Shared by the Markdown and HTML exports: what the reader sees first (how to reach sales and support).
// Plain data, unescaped: each format escapes it its own way.

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

/** "help centre, not read (the extension may not read another host); Home → Help centre", for the reports. */
export function vendorHostLine(v: Pick<Finding, 'path' | 'pathText'> & { why: 'subdomain' | 'help-desk'; read: boolean }): string {
  const what = v.why === 'help-desk' ? 'help desk' : "another site of the vendor's";
  const state = v.read ? 'read' : 'not read (the extension may read it only when allowed)';
  return `${what}, ${state}; ${pathSteps(v)
    .map((s) => s.text)
    .join(' → ')}`;
}
