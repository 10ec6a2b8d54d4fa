// The shell every HTML export shares (the report and the compare page): inline CSS only, no script
// of any kind, a CSP that forbids everything else, no referrer, the reader's language on <html>,
// and all content inside <main> (axe: landmark-one-main, region).
import type { UiLanguage } from '../../i18n/languages.js';
import { escapeHtml as h } from '../escape.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function htmlPage(language: UiLanguage, title: string, css: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title><style>${css}</style></head>`,
    `<body><main>${body}</main></body></html>`,
    '',
  ].join('\n');
}
