// The English catalogue alone: the language every other falls back to, and the one a report's JSON
// explanations are written in. The extension bundles only this file; browser.i18n serves the rest.
import type { CatalogueFile, MessageArea } from './catalogue-areas.js';

import en_extension from './messages/en/extension.json';
import en_popup from './messages/en/popup.json';
import en_options from './messages/en/options.json';
import en_history from './messages/en/history.json';
import en_report from './messages/en/report.json';
import en_compare from './messages/en/compare.json';
import en_cli from './messages/en/cli.json';
import en_checks from './messages/en/checks.json';
import en_reach from './messages/en/reach.json';
import en_reason from './messages/en/reason.json';

export const ENGLISH_FILES: Readonly<Record<MessageArea, CatalogueFile>> = {
  extension: en_extension,
  popup: en_popup,
  options: en_options,
  history: en_history,
  report: en_report,
  compare: en_compare,
  cli: en_cli,
  checks: en_checks,
  reach: en_reach,
  reason: en_reason,
};

export type EnglishMessages = typeof en_extension &
  typeof en_popup &
  typeof en_options &
  typeof en_history &
  typeof en_report &
  typeof en_compare &
  typeof en_cli &
  typeof en_checks &
  typeof en_reach &
  typeof en_reason;
