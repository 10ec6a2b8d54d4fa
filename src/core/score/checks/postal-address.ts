import { clicksMessage, englishTitle, isSitemapOnly, pathMessage, shown } from '../audit-context.js';
import { evidenceNote, fail, pass, type CheckDefinition } from '../check.js';

// Worth 3 of the 20 site-wide points: where to send a complaint, a return or a court summons.
const WEIGHT = 3;
// Only a PO box or a partial address: the law asks for a geographic address (CRD Art. 6(1)(c)).
const PO_BOX_OR_PARTIAL_SHARE = 0.5;
// Only on a page reached through sitemap.xml: exists, but no link leads there.
const SITEMAP_ONLY_SHARE = 0.85;

/** A postal address anywhere within the crawl depth. */
export const postalAddress: CheckDefinition = {
  id: 'postal-address',
  title: englishTitle('checks_postal_address_title'),
  category: 'overall',
  weight: WEIGHT,
  source: 'E-Commerce Directive 2000/31/EC Art. 5(1)(b); Consumer Rights Directive 2011/83/EU Art. 6(1)(c) (geographical address)',
  evaluate(ctx) {
    const all = ctx.findings.filter((f) => f.kind === 'address');
    const linked = all.filter((f) => !isSitemapOnly(f));
    const full = linked.find((f) => !f.flags.includes('po-box') && !f.flags.includes('partial'));
    const evidenceOf = (f: (typeof all)[number]) => ({ url: f.url, value: shown(f), ...evidenceNote(pathMessage(f.path, f.pathText)) });
    if (full) {
      const where = full.depth === 0 ? { key: 'reach_where_start_page' } : { key: 'checks_where_deep', params: { clicks: clicksMessage(full.depth) } };
      return pass({ key: 'checks_postal_address_pass', params: { where, value: shown(full) } }, [evidenceOf(full)]);
    }
    const weak = linked[0];
    if (weak) {
      const what = { key: weak.flags.includes('po-box') ? 'checks_postal_address_po_box' : 'checks_postal_address_partial' };
      return fail(
        WEIGHT,
        PO_BOX_OR_PARTIAL_SHARE,
        { key: 'checks_postal_address_weak', params: { what, value: shown(weak) } },
        linked.slice(0, 5).map(evidenceOf),
      );
    }
    const hidden = all[0];
    if (hidden) return fail(WEIGHT, SITEMAP_ONLY_SHARE, { key: 'checks_postal_address_sitemap_only', params: { url: hidden.url } }, [evidenceOf(hidden)]);
    return fail(WEIGHT, 1, { key: 'checks_postal_address_none', params: { clicks: clicksMessage(ctx.crawl.options.maxDepth) } });
  },
};
