// The catalogue (src/core/i18n/messages) as the extension's _locales/<language>/messages.json, the
// files browser.i18n and the manifest's __MSG_…__ names read (Chrome's and Firefox's i18n docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_FILES } from '../../src/core/i18n/catalogue-files.js';
import { UI_LANGUAGES } from '../../src/core/i18n/languages.js';

/**
 * Our templates name their values in braces and are filled in by formatMessage; browser.i18n
 * treats "$" as the start of its own placeholders, so a literal "$" is written "$$" (its escape).
 */
export function writeLocales(outdir: string): void {
  for (const language of UI_LANGUAGES) {
    const messages: Record<string, { message: string; description?: string }> = {};
    for (const file of Object.values(CATALOGUE_FILES[language])) {
      for (const [key, entry] of Object.entries(file)) {
        messages[key] = { message: entry.message.replace(/\$/g, '$$$$'), ...(entry.description ? { description: entry.description } : {}) };
      }
    }
    const dir = join(outdir, '_locales', language);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}
