// The toolbar badge: the overall score on the audited tab, coloured like its grade.
import browser from 'webextension-polyfill';
import { GRADE_COLOURS, type Grade } from '../popup/grade.js';

export async function showScore(tabId: number, score: number, grade: Grade): Promise<void> {
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
