import { describe, expect, it } from 'vitest';
import { addCounts, figures, foldAddress, foldText, labelKey, sameNumber, scorePage, valueKey } from '../../scripts/eval/match.js';
import type { Findings, Labels } from '../../scripts/eval/types.js';

const labels = (tel: string[], fax: string[] = [], street: string[] = []): Labels => ({
  tel: tel.map((text) => ({ text })),
  fax: fax.map((text) => ({ text })),
  street: street.map((text) => ({ text })),
});

describe('number keys', () => {
  it('compares the last ten digits', () => {
    expect(labelKey('+1 (212) 555-0123')).toBe('2125550123');
    expect(valueKey('+12125550123')).toBe('2125550123');
    expect(valueKey('+442079460018')).toBe('2079460018');
  });
  it('keeps all digits of a shorter label', () => {
    expect(labelKey('555-0123')).toBe('5550123');
  });
  it('drops a trunk 0 and a "(0)" that the E.164 value does not have', () => {
    expect(labelKey('(02) 9876 5432')).toBe('298765432');
    expect(labelKey('+44 (0) 20 7946 0018')).toBe('2079460018');
    expect(labelKey('0041 44 668 18 00')).toBe(valueKey('+41446681800'));
  });
  it('dials vanity letters and drops a trailing extension', () => {
    expect(labelKey('1-800-FLOWERS')).toBe('8003569377');
    expect(labelKey('1-800-555-0100 EXT 42')).toBe('8005550100');
    expect(labelKey('(212) 555-0123 x201')).toBe('2125550123');
  });
  it('keys an extension-only label by its extension, and a finding on an extension by number and extension', () => {
    expect(labelKey('Ext: 2229')).toBe('x2229');
    expect(labelKey('Ex: 2229')).toBe('x2229');
    expect(valueKey('+13175550100;ext=2229')).toBe('3175550100 x2229');
  });
  it('matches an extension label only to a finding on that extension; a finding on an extension also to its main number', () => {
    expect(sameNumber('3175550100 x2229', 'x2229')).toBe(true);
    expect(sameNumber('3175550100 x2229', 'x2230')).toBe(false);
    expect(sameNumber('3175550100', 'x2229')).toBe(false);
    expect(sameNumber('3175550100 x2229', '3175550100')).toBe(true);
  });
  it('matches equal keys, or a 7+ digit label ending the found number', () => {
    expect(sameNumber('2125550123', '2125550123')).toBe(true);
    expect(sameNumber('1298765432', '298765432')).toBe(true);
    expect(sameNumber('2125550123', '5550123')).toBe(true);
    expect(sameNumber('2125550123', '0123')).toBe(false);
    expect(sameNumber('2125550123', '2125550124')).toBe(false);
  });
});

describe('scorePage', () => {
  const phone = (value: string, context = ''): Findings[number] => ({ kind: 'phone', value, context });
  const fax = (value: string): Findings[number] => ({ kind: 'fax', value });

  it('counts hits, false hits and misses over distinct values', () => {
    const s = scorePage('p', labels(['(212) 555-0123', '212.555.0123', '(212) 555-0199']), [phone('+12125550123'), phone('+13125550176', 'ad')]);
    expect(s.counts.phone).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.errors).toEqual([
      { kind: 'phone', type: 'false-hit', page: 'p', value: '+13125550176', context: 'ad', note: undefined },
      { kind: 'phone', type: 'miss', page: 'p', value: '(212) 555-0199', note: undefined },
    ]);
  });

  it('counts a fax reported as a phone as a false hit, and a reported fax against FAX labels', () => {
    const s = scorePage('p', labels(['(212) 555-0123'], ['(212) 555-0124']), [phone('+12125550123'), phone('+12125550124'), fax('+12125550124')]);
    expect(s.counts.phone).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.counts.fax).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.errors[0]?.note).toBe('labelled FAX');
  });

  it('notes misses the engine cannot make: hidden labels and digit fragments (an extension alone can be found)', () => {
    const l: Labels = { tel: [{ text: '(212) 555-0123', hidden: true }, { text: 'Ext 22' }, { text: '555 01' }], fax: [], street: [] };
    const s = scorePage('p', l, []);
    expect(s.errors.map((e) => e.note)).toEqual(['hidden on the page', undefined, 'too few digits for a number']);
  });

  it("counts a staff extension found on the main number as its label, before the main number's label", () => {
    const l: Labels = { tel: [{ text: '(317) 555-0100' }, { text: 'Ex: 2229' }], fax: [], street: [] };
    const s = scorePage('p', l, [
      { kind: 'phone', value: '+13175550100' },
      { kind: 'phone', value: '+13175550100;ext=2229' },
    ]);
    expect(s.counts.phone).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('matches an address that contains the labelled street, case- and space-insensitively', () => {
    const l = labels([], [], ['500  Main Street', '9 Elm Road']);
    const s = scorePage('p', l, [
      { kind: 'address', value: '500 main street, springfield, il 62704' },
      { kind: 'address', value: 'po box 12', display: 'PO Box 12' },
    ]);
    expect(s.counts.address).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('address matching', () => {
  it('reads punctuation as a space: a label across line breaks matches a one-line address', () => {
    const l = labels([], [], ['7026 Koll Center Parkway | Suite 213']);
    const s = scorePage('p', l, [{ kind: 'address', value: '7026 koll center parkway, suite 213, pleasanton ca 94566' }]);
    expect(s.counts.address).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(foldAddress("St. Brandon's House,  29")).toBe('st brandon s house 29');
  });
  it('takes a fixture address as words that must all appear, in any order', () => {
    const l: Labels = { tel: [], fax: [], street: [{ text: 'Hauptweg 5 10115 Berlin', match: 'all-words' }] };
    const hit = scorePage('p', l, [{ kind: 'address', value: 'Hauptweg 5, D-10115 Berlin' }]);
    expect(hit.counts.address).toEqual({ tp: 1, fp: 0, fn: 0 });
    const miss = scorePage('p', l, [{ kind: 'address', value: 'Hauptweg 7, 10115 Berlin' }]);
    expect(miss.counts.address).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches whole words only', () => {
    const s = scorePage('p', labels([], [], ['12 Main St']), [{ kind: 'address', value: '12 main street, springfield' }]);
    expect(s.counts.address).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('figures', () => {
  it('computes recall, precision and F1', () => {
    const f = figures(addCounts({ tp: 6, fp: 1, fn: 1 }, { tp: 2, fp: 1, fn: 1 }));
    expect(f.recall).toBeCloseTo(0.8);
    expect(f.precision).toBeCloseTo(0.8);
    expect(f.f1).toBeCloseTo(0.8);
  });
  it('treats nothing to find and nothing found as perfect, not as a division by zero', () => {
    expect(figures({ tp: 0, fp: 0, fn: 0 })).toEqual({ recall: 1, precision: 1, f1: 1 });
    expect(figures({ tp: 0, fp: 2, fn: 3 }).f1).toBe(0);
  });
  it('folds text for address comparison', () => {
    expect(foldText('  500\u00a0MAIN\n Street ')).toBe('500 main street');
  });
});
