// Chromium with its interface in German, for the tests of a German shopper's popup and report.
// Chromium shows a language only when its locale pack is installed (Debian: chromium-l10n; en-US
// comes with it); on Linux it takes the interface language from the environment, and --lang.
import { existsSync } from 'node:fs';
import { launchChrome, type ChromeHarness } from './chromium.js';
import { installDebianPackage } from './debian-package.js';

const GERMAN_PAK = '/usr/lib/chromium/locales/de.pak';
const ENV = { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' } as const;

/** Launch it; `close` shuts the browser and gives the environment back as it was. */
export async function launchGermanChrome(): Promise<{ h: ChromeHarness; close: () => Promise<void> }> {
  if (!existsSync(GERMAN_PAK) && existsSync('/usr/lib/chromium/chromium') && !installDebianPackage('chromium-l10n', GERMAN_PAK))
    throw new Error(`A German browser needs Chromium's German locale (${GERMAN_PAK}): apt-get install chromium-l10n, then run the tests again.`);
  const saved = Object.fromEntries(Object.keys(ENV).map((name) => [name, process.env[name]]));
  Object.assign(process.env, ENV);
  const restore = () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  try {
    const h = await launchChrome(['--lang=de']);
    return { h, close: async () => void (await h.browser.close(), restore()) };
  } catch (err) {
    restore();
    throw err;
  }
}
