// Read a fixture site's files directly (no server): for checks on the fixtures themselves, such as
// "every never-requested path is really linked" and "every Cloudflare-encoded email decodes".
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fixtureDir } from '../../scripts/lib/serve-fixture.js';

export interface SitePage {
  /** The path the static server serves the file at: index.html → "/", a/b.html → "/a/b". */
  path: string;
  html: string;
}

export function sitePages(site: string): SitePage[] {
  const root = fixtureDir(site);
  const out: SitePage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        const path = `/${rel}`.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
        out.push({ path, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every link target (href) on a page, as a path + query on the site; off-site links dropped. */
export function linkedPaths(page: SitePage): string[] {
  const base = new URL(page.path, 'http://fixture.test');
  const out: string[] = [];
  for (const m of page.html.matchAll(/\shref\s*=\s*["']([^"']*)["']/gi)) {
    const raw = (m[1] ?? '').replace(/&amp;/g, '&');
    try {
      const u = new URL(raw, base);
      if (u.origin === base.origin) out.push(u.pathname + u.search);
    } catch {
      // not a URL: ignore
    }
  }
  return out;
}

/** Cloudflare's email obfuscation: hex pairs, the first is the key, the rest are XORed with it. */
export function decodeCloudflareEmail(hex: string): string {
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}

export function encodeCloudflareEmail(email: string, key: number): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...email].map((c) => hex(c.charCodeAt(0) ^ key)).join('');
}

/** Every Cloudflare-encoded string on a page (data-cfemail values and /cdn-cgi/l/email-protection#hex links). */
export function cloudflareHexes(html: string): string[] {
  const attrs = [...html.matchAll(/data-cfemail\s*=\s*["']([0-9a-f]+)["']/gi)].map((m) => m[1] ?? '');
  const links = [...html.matchAll(/\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/gi)].map((m) => m[1] ?? '');
  return [...attrs, ...links];
}
