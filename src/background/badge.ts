// The toolbar badge: the overall score on the audited tab, coloured like its grade; "!" for a site
// that could not be audited (no score: a dead server is not a vendor hiding its contacts).
import browser from 'webextension-polyfill';
import { GRADE_COLOURS, type Grade } from '../popup/grade.js';

/** The badge for a finished audit's report. */
export async function showReport(tabId: number, report: { scores?: { overall: number; grade: Grade } }): Promise<void> {
  if (report.scores) return showScore(tabId, report.scores.overall, report.scores.grade);
  await Promise.all([browser.action.setBadgeText({ tabId, text: '!' }), browser.action.setBadgeBackgroundColor({ tabId, color: '#555555' })]).catch(
    () => undefined,
  );
}

async function showScore(tabId: number, score: number, grade: Grade): Promise<void> {
  // The tab may have been closed meanwhile: the badge is cosmetic, never worth an error.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: String(Math.round(score)) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade] }),
  ]).catch(() => undefined);
}

export async function showRunning(tabId: number): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ tabId, text: '…' }), browser.action.setBadgeBackgroundColor({ tabId, color: '#555555' })]).catch(
    () => undefined,
  );
}
