import type { CheerioAPI } from 'cheerio';
import type { ParsedPage } from '../page/parsed-page.js';
import { elementContext } from '../page/element-context.js';
import type { TextBlock } from '../page/text-blocks.js';
import { classifyRole } from '../role/classify-role.js';
import type { PageFinding, Region } from '../types.js';
import { addressElementAddresses } from './address/address-element.js';
import { hiddenParts } from './address/hidden.js';
import { jsonLdAddresses } from './address/json-ld.js';
import { microdataAddresses } from './address/microdata.js';
import { addressKey, formatValue, type AddressParts } from './address/parts.js';
import { scanBlocks, type TextAddress } from './address/text-scan.js';
import type { Extractor } from './extractor.js';

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
    const add = (parts: AddressParts, found: Found, flags: string[]) => {
      const key = addressKey(parts);
      const seen = byKey.get(key);
      if (seen) {
        if (seen.flags.includes('schema-org') && !seen.region) {
          seen.display = found.display ?? seen.display;
          seen.region = found.region;
          seen.context ??= found.context;
        }
        if (seen.role === 'general') seen.role = found.role;
        return;
      }
      const allFlags = [...flags, ...(parts.poBox ? ['po-box'] : [])];
      byKey.set(key, { kind: 'address', value: formatValue(parts), ...found, flags: allFlags });
    };
    const roleOf = ($: CheerioAPI, block: TextBlock) => {
      const ctx = elementContext($, block.el, block.text);
      return { role: classifyRole({ near: ctx.near, heading: ctx.heading, title: page.title, url: page.url }), context: ctx.near };
    };
    const addText = (found: TextAddress[], $: CheerioAPI, flags: string[], region?: Region) => {
      for (const t of found) add(t.parts, { display: t.display, ...roleOf($, t.block), region: region ?? t.block.region }, flags);
    };

    for (const s of jsonLdAddresses(page.$)) {
      add(s.parts, { role: classifyRole({ contactType: s.contactType, title: page.title, url: page.url }) }, ['schema-org']);
    }
    for (const s of microdataAddresses(page.$)) {
      const ctx = elementContext(page.$, s.el);
      const role = classifyRole({ near: ctx.near, heading: ctx.heading, title: page.title, url: page.url });
      add(s.parts, { role, context: ctx.near }, ['schema-org']);
    }
    const visible = scanBlocks(page.blocks);
    addText(visible, page.$, []);
    addText(addressElementAddresses(page, new Set(visible.map((t) => t.block))), page.$, ['partial']);
    for (const part of hiddenParts(page)) addText(scanBlocks(part.blocks), part.$, ['collapsed'], part.region);
    return [...byKey.values()];
  },
};
