import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  escapeHtml,
  escapeMarkdown,
  htmlLink,
  httpUrl,
  markdownCode,
  markdownUrl,
  oneLine,
  revealInvisible,
} from '../../../src/core/report/escape.js';

describe('revealInvisible', () => {
  it('makes bidi controls, zero-width and control characters visible', () => {
    expect(revealInvisible('a\u202Eb\u2067c\u200Bd\uFEFFe\u0007f')).toBe('a[U+202E]b[U+2067]c[U+200B]d[U+FEFF]e[U+0007]f');
    expect(revealInvisible('plain text, café → ok')).toBe('plain text, café → ok');
  });
  it('folds line breaks in one-line text', () => {
    expect(oneLine(' a\r\n b\u2028c ')).toBe('a b c');
  });
});

describe('HTML', () => {
  it('escapes & < > " \'', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('links only http(s) URLs, escaped', () => {
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('data:text/html,x')).toBeUndefined();
    expect(httpUrl('/relative')).toBeUndefined();
    expect(htmlLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(htmlLink('https://a.example/?q="x"&y=<z>', 'Go <b>')).toBe(
      '<a href="https://a.example/?q=%22x%22&amp;y=%3Cz%3E" rel="noopener noreferrer nofollow">Go &lt;b&gt;</a>',
    );
  });
});

describe('Markdown', () => {
  it('escapes link, emphasis, code and HTML syntax', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) *b* `c` <img src=x> a|b ~s~ &amp; _u_')).toBe(
      '\\[x\\](javascript:alert(1)) \\*b\\* \\`c\\` \\<img src=x\\> a\\|b \\~s\\~ \\&amp; \\_u\\_',
    );
  });
  it('defuses autolinks and block starts', () => {
    expect(escapeMarkdown('http://evil.example www.evil.example me@evil.example')).toBe('http\\://evil.example www\\.evil.example me\\@evil.example');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('line\n# two')).toBe('line # two');
  });
  it('leaves block starts alone mid-line', () => {
    expect(escapeMarkdown('1.5 - # x', true)).toBe('1.5 - # x');
    expect(escapeMarkdown('<b>', true)).toBe('\\<b\\>');
  });
  it('leaves ordinary words readable', () => {
    expect(escapeMarkdown('Home → About us → Contact (2 clicks)')).toBe('Home → About us → Contact (2 clicks)');
  });
  it('escapes "_" and "&" only where Markdown would read them', () => {
    // Inside a word "_" is no emphasis; "&" is text unless it starts an entity reference.
    expect(escapeMarkdown('order_number, Terms & Conditions, Fish&Chips', true)).toBe('order_number, Terms & Conditions, Fish&Chips');
    expect(escapeMarkdown('_a_ __b__ x_ _y &amp; &#38; &#x26; a\\_b', true)).toBe('\\_a\\_ \\_\\_b\\_\\_ x\\_ \\_y \\&amp; \\&#38; \\&#x26; a\\\\\\_b');
  });
  it('puts values in code spans whose fence outruns any backticks inside', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a|b', true)).toBe('`a\\|b`');
    expect(markdownCode('x\u202Ey')).toBe('`x[U+202E]y`');
  });
  it('makes only http(s) URLs into autolinks', () => {
    expect(markdownUrl('https://a.example/x')).toBe('<https://a.example/x>');
    expect(markdownUrl('javascript:alert(1)')).toBe('`javascript:alert(1)`');
    expect(markdownUrl('https://a.example/a|b', true)).toBe('<https://a.example/a%7Cb>');
  });
});

describe('CSV', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell(3)).toBe('"3"');
    expect(csvCell(undefined)).toBe('""');
  });
  it('neutralises formulas: = + - @ tab CR', () => {
    expect(['=1+1', '+15550100', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      '"\'=1+1"',
      '"\'+15550100"',
      '"\'-2"',
      '"\'@SUM(A1)"',
      '"\'\tx"',
      '"\' x"',
    ]);
    expect(csvCell('a=b')).toBe('"a=b"');
  });
  it('neutralises formulas behind leading blanks and line breaks, and full-width formula signs', () => {
    const cells = [' =1+1', '\n=HYPERLINK("x")', '\r\n+1', ' \t-2', '\u00A0@SUM(A1)', '\u3000=1', '\uFF1D1+1', '\n'];
    for (const cell of cells) expect(csvCell(cell), JSON.stringify(cell)).toMatch(/^"'/);
    expect(csvCell('  plain text')).toBe('"  plain text"');
  });
  it('no cell a spreadsheet reads as a formula (property-based)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const inner = csvCell(text).slice(1, -1).replace(/""/g, '"');
        expect(inner).not.toMatch(/^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/);
      }),
    );
  });
  it('folds line breaks and reveals bidi controls', () => {
    expect(csvCell('a\nb\u202E')).toBe('"a b[U+202E]"');
  });
});

describe('escaping (property-based)', () => {
  it('HTML output never contains a raw markup character or an invisible control', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string(), (a, b) => {
        const out = escapeHtml(a + b);
        expect(out).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
        expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF]/);
      }),
    );
  });

  it('Markdown text never opens a link, tag or code span, and stays on one line', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdown(`[${s}](javascript:x) <${s}> \`${s}`);
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*[[<`]/);
        expect(out).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('CSV cells are always quoted and never start a formula', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        expect(cell).toMatch(/^"[\s\S]*"$/);
        expect(cell.slice(1)).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell.slice(1, -1).replace(/""/g, '')).not.toContain('"');
      }),
    );
  });
});
