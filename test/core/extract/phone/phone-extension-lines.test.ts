import { describe, expect, it } from 'vitest';
import { countAfterComma, extensionOnly } from '../../../../src/core/extract/phone/extension-lines.js';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';
import type { PageFinding } from '../../../../src/core/types.js';

// Invented staff lists on fictional numbers (NANP 555-01xx).
function extract(body: string): PageFinding[] {
  const page = parsePage('https://pumps.example/contact', `<html><body>${body}</body></html>`, { country: 'US' });
  return phoneExtractor.extract(page).filter((f) => f.kind === 'phone');
}

describe('extensionOnly', () => {
  it('reads a line that is an extension and nothing else', () => {
    expect(extensionOnly('Phone Ex: 2229')).toBe('2229');
    expect(extensionOnly('Ext. 41')).toBe('41');
    expect(extensionOnly('Direct line extension 3107')).toBe('3107');
    expect(extensionOnly('Durchwahl -215')).toBe('215');
    expect(extensionOnly('poste 204')).toBe('204');
  });

  it('reads nothing from prose, other numbers, or the Latin "ex"', () => {
    expect(extensionOnly('Next 25 orders ship free')).toBeUndefined();
    expect(extensionOnly('ex 2229')).toBeUndefined();
    expect(extensionOnly('Room 2229')).toBeUndefined();
    expect(extensionOnly('Call (317) 555-0100 ext. 12')).toBeUndefined();
    expect(extensionOnly('Extension cords from 12')).toBeUndefined();
    expect(extensionOnly('DW 20')).toBeUndefined();
  });
});

describe('countAfterComma', () => {
  it('takes ", 7 days" for the sentence going on, not an auto-dial extension', () => {
    expect(countAfterComma('(720) 555-0139, 7', ' days a week')).toBe('(720) 555-0139');
    expect(countAfterComma('(720) 555-0139,22', '')).toBeUndefined();
    expect(countAfterComma('(720) 555-0139', ' days')).toBeUndefined();
  });
});

describe('phoneExtractor: staff lines that give only an extension', () => {
  const page = `
    <div>Main phone</div><div>(317) 555-0100</div>
    <div>Fax</div><div>(317) 555-0199</div>
    <div>Ana Lopez</div><div>Sales Manager</div><div>Phone Ext: 2201</div>
    <div>Tom Berg</div><div>Support Technician</div><div>Phone Ext: 2202</div>`;

  it('dials each extension through the main phone above it (not the fax), with the role of the lines above', () => {
    const fs = extract(page);
    const sales = fs.find((f) => f.value === '+13175550100;ext=2201');
    expect(sales).toMatchObject({ role: 'sales', display: '(317) 555-0100 ext. 2201' });
    expect(sales?.flags).toEqual(expect.arrayContaining(['extension-only', 'extension']));
    expect(sales?.context).toBe('Ana Lopez · Sales Manager · Phone Ext: 2201');
    expect(fs.find((f) => f.value === '+13175550100;ext=2202')?.role).toBe('support');
    expect(fs.find((f) => f.value === '+13175550100')).toBeDefined();
  });

  it('reports no extension without a main phone before it', () => {
    expect(extract('<div>Ana Lopez</div><div>Phone Ext: 2201</div><p>Call (317) 555-0100</p>').map((f) => f.value)).toEqual(['+13175550100']);
  });

  it("does not dial a hidden tab's extensions through a number outside that tab", () => {
    const fs = extract('<p>Call (317) 555-0100</p><div style="display:none"><div>Ana Lopez</div><div>Phone Ext: 2201</div></div>');
    expect(fs.map((f) => f.value)).toEqual(['+13175550100']);
  });
});
