import { platformHost } from '../extract/helpdesk/hosts.js';
import { bareHost } from './same-site.js';

/**
 * Hosts that are the vendor's although they are not the site's own host or its www twin:
 *  - the other hosts of the site's registrable domain (support.vendor.com, kundenservice.vendor.de),
 *    the domain being decided by the Public Suffix List at the edge (CrawlOptions.siteDomain: the
 *    CLI and the popup compute it with tldts), so shop.myshopify.com is not "the vendor" of
 *    help.myshopify.com;
 *  - the vendor's account on a known help-desk platform (vendor.zendesk.com, vendor.freshdesk.com:
 *    helpdesk/hosts.ts), when the account is named like the site (the account label and the
 *    domain's own label contain one another: "acme", "acmehelp", "acme-support" for acme.co.uk).
 * Nothing else off-site is ever the vendor's, whatever a link says.
 */
export interface VendorHost {
  host: string;
  why: 'subdomain' | 'help-desk';
}

export function vendorHostRule(siteHost: string, siteDomain: string | undefined): (url: URL) => VendorHost | undefined {
  const own = bareHost(siteHost.toLowerCase());
  const domain = siteDomain?.toLowerCase().replace(/^\.+|\.+$/g, '');
  // The option is honoured only when it is the site's domain (the start page may have moved elsewhere).
  const onDomain = domain && (own === domain || own.endsWith(`.${domain}`)) ? domain : undefined;
  const name = (onDomain ?? own).split('.')[0] ?? '';
  return (url) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const host = url.hostname.toLowerCase();
    if (bareHost(host) === own) return undefined;
    if (onDomain && (host === onDomain || host.endsWith(`.${onDomain}`))) return { host, why: 'subdomain' };
    const account = helpDeskAccount(host);
    if (account && name.length >= 3 && (account.includes(name) || (account.length >= 3 && name.includes(account)))) return { host, why: 'help-desk' };
    return undefined;
  };
}

/** The account label of a help-desk platform host ("acme" of acme.zendesk.com, "acmehelp" of acme-help.freshdesk.com). */
function helpDeskAccount(host: string): string | undefined {
  return platformHost(host)?.account.replace(/[-_]/g, '');
}
