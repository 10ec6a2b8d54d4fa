import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hiddenTextBlocks, textBlocks } from '../../../src/core/page/text-blocks.js';

const blocks = (html: string) => textBlocks(cheerio.load(html)).map((b) => b.text);

describe('textBlocks', () => {
  it('joins inline elements, so a number split across spans reads as one', () => {
    expect(blocks('<p>Call <span>(202)</span><span> 555</span>-<b>0143</b></p>')).toEqual(['Call (202) 555-0143']);
  });
  it('keeps <br> lines and makes nested blocks separate blocks in document order', () => {
    expect(blocks('<div>Acme Inc.<br>12 Main St<p>Springfield</p>after</div>')).toEqual(['Acme Inc.\n12 Main St', 'Springfield', 'after']);
  });
  it('skips scripts, styles, templates and hidden elements', () => {
    expect(
      blocks('<p>a<script>var x=1</script><style>p{}</style></p><template><p>t</p></template><p hidden>h</p><p style="display: none">n</p><p>b</p>'),
    ).toEqual(['a', 'b']);
  });
  it('records the landmark region of each block', () => {
    const got = textBlocks(cheerio.load('<header><p>top</p></header><main><p>mid</p></main><footer><p>end</p></footer>'));
    expect(got.map((b) => [b.text, b.region])).toEqual([
      ['top', 'header'],
      ['mid', 'main'],
      ['end', 'footer'],
    ]);
  });
});

describe('hiddenTextBlocks', () => {
  it('reads closed tabs and accordions, marked hidden, with their real region', () => {
    const $ = cheerio.load('<p>open</p><footer><div style="display:none"><h3>Support</h3><p>inside <span hidden>deeper</span></p></div></footer>');
    const got = hiddenTextBlocks($);
    expect(got.map((b) => [b.text, b.region, b.hidden])).toEqual([
      ['Support', 'footer', true],
      ['inside deeper', 'footer', true],
    ]);
  });
  it('ignores hidden scripts and templates, and reads nothing when nothing is hidden', () => {
    expect(hiddenTextBlocks(cheerio.load('<template hidden><p>t</p></template><p>open</p>'))).toEqual([]);
  });

  it('bounds the hidden text read from one page (a hostile page hides a lot)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<div hidden><p>tab ${i}</p></div>`).join('');
    const got = hiddenTextBlocks(cheerio.load(many));
    expect(got.length).toBeGreaterThan(100);
    expect(got.length).toBeLessThanOrEqual(2000);
    expect(new Set(got.map((b) => b.hiddenPart)).size).toBe(got.length);
  });
});
