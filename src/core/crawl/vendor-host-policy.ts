import type { CrawlOptions, VendorHostRecord } from './crawl-types.js';
import { clip } from './fetch-page.js';
import type { RobotsRules } from './robots-txt.js';
import { vendorHostRule, type VendorHost } from './vendor-hosts.js';

/** The report lists the vendor's other hosts up to this many. */
const MAX_VENDOR_HOSTS = 20;

/**
 * One crawl's dealings with the vendor's other hosts (vendor-hosts.ts): which host a link is on,
 * whether it may be read (always by the CLI; by the extension where the shopper allowed it), their
 * robots.txt, and the record of each with the path to its first link.
 */
export class VendorHostPolicy {
  /** robots.txt of the vendor's other hosts, per origin, read before their first page is requested (crawler.ts). */
  readonly robots = new Map<string, RobotsRules>();
  /** Path of the page whose links are being offered, for the first link to each host. */
  linkFrom?: { path: string[]; pathText: string[]; text: string };
  private rule?: { site: string; test: (url: URL) => VendorHost | undefined };

  constructor(
    private readonly options: CrawlOptions,
    private readonly records: () => VendorHostRecord[],
  ) {}

  /** The vendor's other host `url` is on, if any; the rule is built once per site (it moves only after the start page). */
  hostOf(url: URL, site: string): VendorHost | undefined {
    if (this.rule?.site !== site) {
      let host = '';
      try {
        host = new URL(site).hostname;
      } catch {
        // not a URL yet (the start page has not answered): no host of the vendor's either
      }
      this.rule = { site, test: vendorHostRule(host, this.options.siteDomain) };
    }
    return this.rule.test(url);
  }

  mayRead(url: URL): boolean {
    return this.options.vendorHosts !== 'list' || (this.options.readableHosts ?? []).includes(url.hostname);
  }

  /** Records the host once, with the path to the link that first led there. */
  note(other: VendorHost, url: string, read: boolean): void {
    const list = this.records();
    if (list.some((h) => h.host === other.host) || list.length >= MAX_VENDOR_HOSTS) return;
    const from = this.linkFrom;
    list.push({
      ...other,
      read,
      url: clip(url),
      path: from ? [...from.path, clip(url)] : [clip(url)],
      pathText: from ? [...from.pathText, from.text] : [],
    });
  }
}
