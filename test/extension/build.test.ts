// The built extension (npm test runs the build first): manifests, permissions, zips, icons,
// bundle budgets, and web-ext lint on the Firefox build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, mergeManifest } from '../../scripts/build-extension.js';
import { sourceFiles } from '../../scripts/package-source.js';
import { REQUEST_HEADERS } from '../../src/cli/node-fetcher.js';
import { ROBOTS_USER_AGENT } from '../../src/core/crawl/robots-txt.js';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const manifest = (browser: string) => JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as Record<string, unknown>;

describe('extension build', () => {
  it('merges browser patches into the base manifest', () => {
    expect(mergeManifest({ a: { b: 1, c: 2 }, l: [1] }, { a: { c: 3 }, l: [2] })).toEqual({ a: { b: 1, c: 3 }, l: [2] });
    expect(mergeManifest({ l: [1], m: [1] }, { 'l+': [2], 'n+': [3] })).toEqual({ l: [1, 2], m: [1], n: [3] });
  });

  it('Chrome gets a service worker, Firefox background scripts; both the same minimal permissions (Chrome: and its offscreen document)', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'background.js' });
    expect(manifest('firefox').background).toEqual({ scripts: ['background.js'] });
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(browser);
      expect(m.version).toBe(version);
      expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', ...(browser === 'chrome' ? ['offscreen'] : [])]);
      // No host permissions and no declared content script: the crawl is injected on the click.
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
    }
  });

  it('writes a zip of each build with every file', () => {
    for (const browser of ['chrome', 'firefox']) {
      const zip = `dist/contact-audit-${browser}-${version}.zip`;
      expect(existsSync(zip)).toBe(true);
      const files = Object.keys(unzipSync(readFileSync(zip)));
      for (const f of ['manifest.json', 'background.js', 'content.js', 'engine.js', 'popup.html', 'popup.js', 'options.html', 'icons/icon-128.png'])
        expect(files).toContain(f);
    }
  });

  it('draws PNG icons', () => {
    const png = readFileSync('dist/chrome/icons/icon-48.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(48);
  });

  it('injects the browser name at build time', () => {
    expect(readFileSync('dist/firefox/content.js', 'utf8')).not.toContain('__BROWSER__');
  });

  // The tab gets the small agent (src/content), the worker stays light, and the engine, which holds
  // the parser, libphonenumber's metadata, the vendor tables and the language packs, loads only while
  // an audit runs (issue #12). Budgets in scripts/build-extension.ts; npm run bench reports the sizes.
  it('the tab agent, the worker and the popup stay within their bundle budgets', () => {
    for (const bundle of ['content.js', 'background.js', 'popup.js'])
      for (const browser of ['chrome', 'firefox'])
        expect(statSync(`dist/${browser}/${bundle}`).size, `${browser} ${bundle}`).toBeLessThanOrEqual(BUNDLE_BUDGETS[bundle] as number);
  });

  it('the engine is built for both browsers, and Chrome may open the offscreen document it runs in', () => {
    for (const browser of ['chrome', 'firefox']) expect(statSync(`dist/${browser}/engine.js`).size).toBeGreaterThan(100_000);
    expect(readFileSync('dist/chrome/engine.html', 'utf8')).toContain('<script src="engine.js"></script>');
    expect(manifest('chrome').permissions).toContain('offscreen');
    expect(manifest('firefox').permissions).not.toContain('offscreen');
    // The tab's bundle holds none of the engine: no parser, no phone metadata, no vendor table.
    const agent = readFileSync('dist/chrome/content.js', 'utf8');
    for (const marker of ['intercomSettings', 'htmlparser2', 'libphonenumber']) expect(agent, marker).not.toContain(marker);
  });

  it('Firefox has a real add-on id: a UUID in braces, as AMO recommends without a domain of its own', () => {
    const gecko = (manifest('firefox').browser_specific_settings as { gecko: { id: string } }).gecko;
    expect(gecko.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
  });

  it('the name and description fit the stores in every language (132 characters, Chrome Web Store)', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(browser);
      expect([m.name, m.description, (m.action as { default_title: string }).default_title]).toEqual([
        '__MSG_extension_name__',
        '__MSG_extension_description__',
        '__MSG_extension_action_title__',
      ]);
      for (const lang of ['en', 'de', 'fr', 'es']) {
        const messages = JSON.parse(readFileSync(`dist/${browser}/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
        expect([...(messages.extension_description?.message ?? '')].length, `${lang} description`).toBeLessThanOrEqual(132);
        expect([...(messages.extension_name?.message ?? '')].length, `${lang} name`).toBeGreaterThan(0);
        expect([...(messages.extension_name?.message ?? '')].length, `${lang} name`).toBeLessThanOrEqual(75);
      }
    }
  });

  it("the CLI's User-Agent says what the crawler is and its robots.txt token, with no placeholder URL", () => {
    const ua = REQUEST_HEADERS['user-agent'] ?? '';
    expect(ua).toMatch(/^contact-audit\/\S+ \(anonymous contact-page audit; robots\.txt token: contact-audit\)$/);
    expect(ua).toContain(`robots.txt token: ${ROBOTS_USER_AGENT})`);
    expect(ua).not.toMatch(/https?:|\.example|github\.com/);
  });

  it('the source archive for AMO lists the repository without node_modules or dist', () => {
    const files = sourceFiles();
    for (const f of ['package.json', 'package-lock.json', 'scripts/build.ts', 'scripts/build-extension.ts', 'manifest/firefox.json', 'src/content/index.ts'])
      expect(files).toContain(f);
    expect(files.filter((f) => /^(node_modules|dist)\//.test(f))).toEqual([]);
  });

  it('web-ext lint passes on the Firefox build', () => {
    const out = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as { summary: { errors: number; warnings: number }; errors: unknown[]; warnings: unknown[] };
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  }, 60_000);
});
