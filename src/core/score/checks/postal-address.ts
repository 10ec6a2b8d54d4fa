import { clicks, isSitemapOnly, renderPath, shown } from '../audit-context.js';
import { fail, pass, type CheckDefinition } from '../check.js';

// Worth 3 of the 20 site-wide points: where to send a complaint, a return or a court summons.
const WEIGHT = 3;
// Only a PO box or a partial address: the law asks for a geographic address (CRD Art. 6(1)(c)).
const PO_BOX_OR_PARTIAL_SHARE = 0.5;
// Only on a page reached through sitemap.xml: exists, but no link leads there.
const SITEMAP_ONLY_SHARE = 0.85;

/** A postal address anywhere within the crawl depth. */
export const postalAddress: CheckDefinition = {
  id: 'postal-address',
  title: 'A postal address',
  category: 'overall',
  weight: WEIGHT,
  source: 'E-Commerce Directive 2000/31/EC Art. 5(1)(b); Consumer Rights Directive 2011/83/EU Art. 6(1)(c) (geographical address)',
  evaluate(ctx) {
    const all = ctx.findings.filter((f) => f.kind === 'address');
    const linked = all.filter((f) => !isSitemapOnly(f));
    const full = linked.find((f) => !f.flags.includes('po-box') && !f.flags.includes('partial'));
    const evidenceOf = (f: (typeof all)[number]) => ({ url: f.url, value: shown(f), note: renderPath(f.path, f.pathText) });
    if (full) return pass(`A postal address is ${full.depth === 0 ? 'on the start page' : `${clicks(full.depth)} deep`}: ${shown(full)}.`, [evidenceOf(full)]);
    const weak = linked[0];
    if (weak) {
      const what = weak.flags.includes('po-box') ? 'a PO box' : 'a partial address';
      return fail(
        WEIGHT,
        PO_BOX_OR_PARTIAL_SHARE,
        `The only postal address found is ${what} (${shown(weak)}), not a full geographic address.`,
        linked.slice(0, 5).map(evidenceOf),
      );
    }
    const hidden = all[0];
    if (hidden)
      return fail(WEIGHT, SITEMAP_ONLY_SHARE, `A postal address appears only on a page listed in sitemap.xml (${hidden.url}), not linked within the crawl.`, [
        evidenceOf(hidden),
      ]);
    return fail(WEIGHT, 1, `No postal address was found within ${clicks(ctx.crawl.options.maxDepth)} of the start page.`);
  },
};
