// Bot-protection challenges and block pages. The crawl is anonymous, so it meets them where the
// shopper's browser (with its cookies and a solved check) does not: such a page is not the page,
// and must never count as a page without contacts. Recognised by what each vendor documents or
// always sends: response headers, and the marks its challenge page carries.
// Sources: Cloudflare, "cf-mitigated header" (developers.cloudflare.com/cloudflare-challenges) and
// the interstitial's "Just a moment..." / "Attention Required! | Cloudflare"; Akamai Bot Manager's
// "Access Denied … Reference #"; DataDome's captcha-delivery.com and X-DataDome header;
// PerimeterX/HUMAN's px-captcha block page; Imperva's "Incapsula incident ID";
// Sucuri's "Sucuri WebSite Firewall - Access Denied". The titles are in the locale packs; what stays
// here is each vendor's fixed mark, the same in every language ("Reference #", "Incapsula incident ID").
import type { BlockPageWords } from '../locale/crawl-words.js';
import { BLOCK_PAGE_PACKS } from '../locale/crawl-packs.js';
import { packUnion } from '../locale/pack-pattern.js';

export interface ChallengeInput {
  status: number;
  /** Lower-cased response header names and values (only the few read here are needed). */
  headers?: Record<string, string>;
  body: string;
}

/** The response headers the check reads: fetchers keep these and nothing else. */
export const CHALLENGE_HEADERS = ['cf-mitigated', 'x-datadome', 'x-px-block'] as const;

/** For a fetcher: the CHALLENGE_HEADERS a response has, lower-cased, as FetchResult.headers. */
export function challengeHeaders(get: (name: string) => string | string[] | null | undefined): { headers?: Record<string, string> } {
  const kept: Record<string, string> = {};
  for (const name of CHALLENGE_HEADERS) {
    const value = get(name);
    if (value !== null && value !== undefined) kept[name] = String(value).toLowerCase();
  }
  return Object.keys(kept).length ? { headers: kept } : {};
}

interface Vendor {
  name: string;
  header?: (h: Record<string, string>) => boolean;
  /** Marks in the first part of the body; a block page is small and says so early. */
  body?: RegExp;
}

/** Every language pack's block-page titles (locale/packs/crawl/*: crawl-words.ts), as one regex source. */
const words = (pick: (w: BlockPageWords['blockPage']) => string): string => packUnion(BLOCK_PAGE_PACKS, (pack) => pick(pack.blockPage));

/** The vendors' block pages and the CAPTCHA wall, from the packs' titles. */
function blockPagePatterns(): { vendors: Vendor[]; captchaWall: RegExp } {
  const waitTitles = words((w) => w.waitTitles);
  const accessDenied = words((w) => w.accessDenied);
  // Only marks a block page has: the scripts these vendors also put on pages they let through
  // (Cloudflare's /cdn-cgi/challenge-platform/, PerimeterX's _pxAppId, Imperva's _Incapsula_Resource,
  // DataDome's js.datadome.co) are not evidence.
  const vendors: Vendor[] = [
    {
      name: 'Cloudflare',
      header: (h) => h['cf-mitigated'] === 'challenge',
      body: new RegExp(`<title>\\s*(${waitTitles})\\s*<\\/title>|window\\._cf_chl_opt`, 'i'),
    },
    { name: 'DataDome', header: (h) => (h['x-datadome'] ?? '') !== '', body: /geo\.captcha-delivery\.com|ct\.captcha-delivery\.com/i },
    { name: 'PerimeterX (HUMAN)', header: (h) => 'x-px-block' in h, body: /id=["']px-captcha["']|_pxCaptcha/i },
    { name: 'Imperva', body: /Incapsula incident ID/i },
    { name: 'Sucuri', body: new RegExp(`Sucuri WebSite Firewall - (${accessDenied}|CAPTCHA)`, 'i') },
    { name: 'Akamai', body: new RegExp(`<title>\\s*(${accessDenied})\\s*<\\/title>[\\s\\S]{0,2000}Reference #\\d+\\.[0-9a-f]+`, 'i') },
  ];
  // A page that is only a CAPTCHA: a CAPTCHA widget and a title asking the visitor to prove it is human.
  const captchaWall = new RegExp(`<title>[^<]{0,80}(${words((w) => w.robotCheck)})[^<]{0,80}<\\/title>`, 'i');
  return { vendors, captchaWall };
}

/**
 * Built once, at load. Marked pure so that a bundle taking only challengeHeaders (the extension's
 * background and content scripts, through browser/page-fetcher.ts) drops the patterns and the
 * packs' titles with them (esbuild keeps an unmarked call for its possible side effects).
 */
const PATTERNS = /* @__PURE__ */ blockPagePatterns();
const CAPTCHA_WIDGET = /g-recaptcha|h-captcha|hcaptcha\.com|challenges\.cloudflare\.com\/turnstile|cf-turnstile/i;

/** The protection that answered instead of the page ("Cloudflare", "a CAPTCHA"), or undefined. */
export function challengeOf(res: ChallengeInput): string | undefined {
  const head = res.body.slice(0, 20_000);
  const headers = res.headers ?? {};
  for (const v of PATTERNS.vendors) {
    // cf-mitigated: challenge is sent only with a challenge; DataDome's and PerimeterX's headers
    // also tag pages they let through, so they count on an error status only.
    const byHeader = v.header?.(headers) ?? false;
    if (byHeader && (res.status >= 400 || v.name === 'Cloudflare')) return v.name;
    // A block page is small; a real page that quotes these words is not (a help article on them).
    if (v.body?.test(head) && (res.status >= 400 || head.length < 15_000)) return v.name;
  }
  if (PATTERNS.captchaWall.test(head) && CAPTCHA_WIDGET.test(head)) return 'a CAPTCHA';
  return undefined;
}
