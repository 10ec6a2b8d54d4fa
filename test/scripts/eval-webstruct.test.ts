import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from '../../scripts/eval/decode.js';
import { collectLabels, webstructCase } from '../../scripts/eval/webstruct.js';

// A page in the corpus's layout, invented: WebAnnotator spans around labelled values.
const span = (type: string, id: string, text: string) => `<span class="WebAnnotator_${type}" wa-id="${id}" wa-type="${type}">${text}</span>`;
const PAGE = `<html><head><base href="http://acme.example/"><title>Acme</title></head><body>
<wa-color id="WA-color-1" type="TEL"></wa-color>
<p>${span('STREET', '1', '500 Main <b>Street</b><br>Suite 9')}, Springfield</p>
<p>Phone: ${span('TEL', '2', '+1')} ${span('TEL', '2', '212-555-0123')}</p>
<p>Fax: ${span('FAX', '3', '(212) 555-0124')}</p>
<div style="display:none">${span('TEL', '4', '(212) 555-0199')}</div>
<p>${span('ORG', '5', 'Acme')} ${span('TEL', '2', '(212) 555-0150')}</p>
</body></html>`;

describe('collectLabels', () => {
  const labels = collectLabels(cheerio.load(PAGE));
  it('joins consecutive spans of one label, nested text and lines', () => {
    expect(labels.tel.map((l) => l.text)).toEqual(['+1 212-555-0123', '(212) 555-0199', '(212) 555-0150']);
    expect(labels.street).toEqual([{ text: '500 Main Street Suite 9' }]);
    expect(labels.fax).toEqual([{ text: '(212) 555-0124' }]);
  });
  it('marks labels the page does not show', () => {
    expect(labels.tel.map((l) => !!l.hidden)).toEqual([false, true, false]);
  });
});

describe('webstructCase', () => {
  const c = webstructCase('acme.example/7.html', 'acme.example', PAGE);
  it('removes the annotation markup but keeps its text', () => {
    expect(c.pages[0]?.html).not.toMatch(/wa-type|wa-color|WebAnnotator/);
    expect(
      cheerio
        .load(c.pages[0]?.html ?? '')('p')
        .eq(1)
        .text(),
    ).toBe('Phone: +1 212-555-0123');
  });
  it('takes the URL from <base href>, or makes one from the folder name', () => {
    expect(c.pages[0]?.url).toBe('http://acme.example/');
    expect(c.site).toBe('acme.example');
    expect(webstructCase('nobase-9/9.html', 'nobase-9', '<p>x</p>').pages[0]?.url).toBe('http://nobase-9/9.html');
  });
});

describe('decodeHtml', () => {
  it('decodes by the meta charset', () => {
    const latin1 = Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><p>Caf'), 0xe9, ...Buffer.from('</p>')]);
    expect(sniffCharset(latin1)).toBe('windows-1252');
    expect(decodeHtml(latin1)).toContain('Café');
    const httpEquiv = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><p>Café</p>');
    expect(decodeHtml(httpEquiv)).toContain('Café');
  });
  it('falls back to UTF-8 without a charset or with an unknown one', () => {
    expect(decodeHtml(Buffer.from('<p>Café</p>'))).toBe('<p>Café</p>');
    expect(decodeHtml(Buffer.from('<meta charset="x-unknown-9"><p>Café</p>'))).toContain('Café');
  });
});
