// Test helper: the text-pattern addresses (value, display) a snippet of HTML yields.
import { scanBlocks } from '../../../../src/core/extract/address/text-scan.js';
import { formatValue } from '../../../../src/core/extract/address/parts.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

export function scan(html: string): { value: string; display: string; poBox: boolean }[] {
  const page = parsePage('https://example.com/contact', `<html><body>${html}</body></html>`);
  return scanBlocks(page.blocks).map((a) => ({ value: formatValue(a.parts), display: a.display, poBox: !!a.parts.poBox }));
}

export const values = (html: string) => scan(html).map((a) => a.value);
