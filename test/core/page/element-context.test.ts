import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/core/analyze-page.js';

const roles = (html: string) =>
  analyzePage('https://acme.example/contact', `<html><body><main>${html}</main></body></html>`)
    .findings.filter((f) => f.kind === 'phone' || f.kind === 'email')
    .map((f) => `${f.value} ${f.role}`);

describe('roles from the structure around a contact', () => {
  it('a <dt> labels the number in its <dd>', () => {
    expect(roles('<dl><dt>New business</dt><dd>+1 212 555 0123</dd><dt>Technical support</dt><dd>+1 212 555 0124</dd></dl>')).toEqual([
      '+12125550123 sales',
      '+12125550124 support',
    ]);
  });

  it('a <th> labels the <td> beside it, and a header row labels its column', () => {
    expect(roles('<table><tr><th>Vertrieb</th><td>+49 30 1234567</td></tr><tr><th>Kundendienst</th><td>+49 30 7654321</td></tr></table>')).toEqual([
      '+49301234567 sales',
      '+49307654321 support',
    ]);
    expect(
      roles('<h2>Our offices</h2><table><tr><th>Sales</th><th>Support</th></tr><tr><td>+1 212 555 0131</td><td>+1 212 555 0132</td></tr></table>'),
    ).toEqual(['+12125550131 sales', '+12125550132 support']);
  });

  it('a heading above the block', () => {
    expect(roles('<h3>Service client</h3><div><p>Du lundi au vendredi</p><p>+33 1 23 45 67 89</p></div>')).toEqual(['+33123456789 support']);
  });
});
