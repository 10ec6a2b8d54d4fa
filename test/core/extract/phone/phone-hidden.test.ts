import { describe, expect, it } from 'vitest';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const extract = (body: string) =>
  phoneExtractor.extract(parsePage('https://shop.example/contact', `<html lang="en-US"><body>${body}</body></html>`, { country: 'US' }));

describe('phones in hidden tabs and accordions', () => {
  it("reads a number in a closed tab and flags it 'collapsed'", () => {
    const found = extract('<div class="tabs"><div id="tab-support" style="display:none"><h3>Support</h3><p>Call (202) 555-0143</p></div></div>');
    expect(found).toEqual([expect.objectContaining({ kind: 'phone', value: '+12025550143', role: 'support', flags: expect.arrayContaining(['collapsed']) })]);
  });

  it("does not flag a number also shown openly as 'collapsed'", () => {
    const found = extract('<p>Call (202) 555-0143</p><div hidden><p>Call (202) 555-0143</p></div>');
    expect(found).toHaveLength(1);
    expect(found[0]?.flags).not.toContain('collapsed');
  });
});
