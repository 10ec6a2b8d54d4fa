import type { Finding, Report } from '../schema.js';
import type { Translate } from '../../i18n/catalogue.js';
import { formatNumber } from '../../i18n/intl.js';
import type { UiLanguage } from '../../i18n/languages.js';

// Shared by the Markdown and HTML exports (and the popup's click path): what the reader sees first
// (how to reach sales and support). Plain data, unescaped: each format escapes it its own way.

export interface Step {
  text: string;
  url: string;
}

/** The words a click path needs; English unless the caller passes its reader's. */
export interface PathWords {
  home: string;
  noText: string;
}
const ENGLISH_PATH: PathWords = { home: 'Home', noText: '(link without text)' };

/** The click path as steps: "Home" (the start page), then each link text with the page it led to. */
export function pathSteps(f: Pick<Finding, 'path' | 'pathText'>, words: PathWords = ENGLISH_PATH): Step[] {
  const steps: Step[] = [{ text: words.home, url: f.path[0] ?? '' }];
  f.pathText.forEach((text, i) => steps.push({ text: text.trim() || words.noText, url: f.path[i + 1] ?? '' }));
  return steps;
}

export function pathWords(t: Translate): PathWords {
  return { home: t('report_home'), noText: t('report_link_without_text') };
}

/** Points with at most one decimal, in the reader's digits. */
export function pts(n: number, language: UiLanguage = 'en'): string {
  return formatNumber(language, Math.round(n * 10) / 10);
}

/** The host a shopper knows a site by ("acme.example"), from its origin. */
export function hostOf(site: string): string {
  try {
    return new URL(site).host;
  } catch {
    return site;
  }
}

/**
 * The vendor's name for titles: the report carries no brand name, so it is the host a shopper
 * types, without "www." ("www.acme.example" → "acme.example").
 */
export function vendorName(report: Pick<Report, 'site'>): string {
  return hostOf(report.site).replace(/^www\./i, '');
}

/** "help centre, not read (…); Home → Help centre", for the reports. */
export function vendorHostLine(v: Pick<Finding, 'path' | 'pathText'> & { why: 'subdomain' | 'help-desk'; read: boolean }, t: Translate): string {
  const what = t(v.why === 'help-desk' ? 'report_vendor_host_help_desk' : 'report_vendor_host_subdomain');
  const state = t(v.read ? 'report_vendor_host_read' : 'report_vendor_host_not_read');
  const path = pathSteps(v, pathWords(t))
    .map((s) => s.text)
    .join(' → ');
  return t('report_vendor_host_line', { what, state, path });
}

/** "Limits: 3 clicks, 60 pages, 30 s, robots.txt honoured". */
export function budgetLine(report: Report, t: Translate): string {
  const b = report.crawl.budget;
  const time = b.maxTimeMs ? `, ${t('report_crawl_time', { seconds: b.maxTimeMs / 1000 })}` : '';
  const robots = t(b.respectRobots ? 'report_robots_honoured' : 'report_robots_ignored');
  return t('report_crawl_budget', { clicks: t('report_clicks', { count: b.maxDepth }), pages: b.maxPages, time, robots });
}

/** Failed checks, the ones that cost most first: the reasons for a score in the order they matter. */
export function reasons<C extends { status: string; points: number }>(checks: readonly C[]): C[] {
  return checks.filter((c) => c.status === 'fail').sort((a, b) => b.points - a.points);
}

/** Every page a contact was found on, once, in the order first met. */
export function contactPages(report: Report): string[] {
  return [...new Set(report.findings.map((f) => f.url))];
}
