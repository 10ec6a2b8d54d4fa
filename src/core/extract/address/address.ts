import type { CheerioAPI } from 'cheerio';
import type { ParsedPage } from '../../page/parsed-page.js';
import { elementContext } from '../../page/element-context.js';
import type { TextBlock } from '../../page/text-blocks.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding, Region } from '../../types.js';
import { addressElementAddresses } from './address-element.js';
import { jsonLdAddresses } from './json-ld.js';
import { microdataAddresses } from './microdata.js';
import { addressKey, clip, formatValue, type AddressParts } from './parts.js';
import { scanBlocks, type TextAddress } from './text-scan.js';
import type { Extractor } from '../extractor.js';
import type { Flag } from '../../flags.js';

type Found = Omit<PageFinding, 'kind' | 'value' | 'flags'>;

/**
 * Postal addresses: schema.org PostalAddress (JSON-LD, microdata, RDFa), then street + postcode
 * patterns in the visible text, then <address> elements the patterns could not read, then text in
 * collapsed tabs. One address found twice (JSON-LD and footer text) is one finding: the
 * structured value, the page's wording; the first source found wins otherwise.
 */
export const addressExtractor: Extractor = {
  id: 'address',
  kinds: ['address'],
  extract(page: ParsedPage): PageFinding[] {
    const byKey = new Map<string, PageFinding>();
    const add = (parts: AddressParts, found: Found, flags: Flag[]) => {
      const key = addressKey(parts);
      const seen = byKey.get(key);
      if (seen) {
        if (seen.flags.includes('schema-org') && !seen.region) {
          seen.display = found.display === undefined ? seen.display : clip(found.display);
          seen.region = found.region;
          seen.context ??= found.context;
        }
        if (seen.role === 'general') seen.role = found.role;
        return;
      }
      const allFlags: Flag[] = [...flags, ...(parts.poBox ? (['po-box'] as const) : [])];
      const display = found.display === undefined ? undefined : clip(found.display);
      byKey.set(key, { kind: 'address', value: formatValue(parts), ...found, ...(display ? { display } : {}), flags: allFlags });
    };
    const roleOf = ($: CheerioAPI, block: TextBlock) => {
      const ctx = elementContext($, block.el, block.text);
      return { role: classifyRole({ near: ctx.near, heading: ctx.heading, title: page.title, url: page.url }), context: ctx.near };
    };
    const addText = (found: TextAddress[], $: CheerioAPI, flags: Flag[], region?: Region) => {
      for (const t of found) add(t.parts, { display: t.display, ...roleOf($, t.block), region: region ?? t.block.region }, flags);
    };

    for (const s of jsonLdAddresses(page.$, page.jsonLd)) {
      add(s.parts, { role: classifyRole({ contactType: s.contactType, title: page.title, url: page.url }) }, ['schema-org']);
    }
    for (const s of microdataAddresses(page.$, page.attributeNames.has('itemtype') || page.attributeNames.has('typeof') ? page.elements : [])) {
      const ctx = elementContext(page.$, s.el);
      const role = classifyRole({ near: ctx.near, heading: ctx.heading, title: page.title, url: page.url });
      add(s.parts, { role, context: ctx.near }, ['schema-org']);
    }
    const visible = scanBlocks(page.blocks, page.country);
    addText(visible, page.$, []);
    addText(addressElementAddresses(page, new Set(visible.map((t) => t.block))), page.$, ['partial']);
    // Hidden tabs and accordions (office lists a visitor opens with a click), one tab at a time.
    for (const tab of hiddenTabs(page.hiddenBlocks)) addText(scanBlocks(tab, page.country), page.$, ['collapsed']);
    return [...byKey.values()];
  },
};

/** Hidden blocks grouped by the tab they sit in, re-indexed so neighbouring-block windows stay in one tab. */
function hiddenTabs(blocks: readonly TextBlock[]): TextBlock[][] {
  const tabs = new Map<number, TextBlock[]>();
  for (const block of blocks) {
    const tab = tabs.get(block.hiddenPart ?? -1) ?? [];
    tab.push({ ...block, index: tab.length });
    tabs.set(block.hiddenPart ?? -1, tab);
  }
  return [...tabs.values()];
}
