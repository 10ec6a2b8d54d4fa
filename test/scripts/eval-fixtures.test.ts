import { describe, expect, it } from 'vitest';
import { fixtureLabels } from '../../scripts/eval/fixtures.js';
import { scorePage } from '../../scripts/eval/match.js';

describe('fixtureLabels', () => {
  const labels = fixtureLabels([
    { kind: 'phone', value: '+13125550172' },
    { kind: 'fax', value: '+493023125499' },
    { kind: 'address', value: 'Hobelweg 12 10115 Berlin' },
    { kind: 'email', value: 'sales@acme.example' },
    { kind: 'gate' },
  ]);

  it('turns expected phones, faxes and addresses into labels and ignores the rest', () => {
    expect(labels).toEqual({
      tel: [{ text: '+13125550172' }],
      fax: [{ text: '+493023125499' }],
      street: [{ text: 'Hobelweg 12 10115 Berlin', match: 'all-words' }],
    });
  });

  it('matches E.164 expectations against E.164 findings', () => {
    const s = scorePage('fixtures/x', labels, [
      { kind: 'phone', value: '+13125550172' },
      { kind: 'fax', value: '+493023125499' },
      { kind: 'address', value: 'Hobelweg 12, 10115 Berlin, Deutschland' },
    ]);
    expect(s.counts).toEqual({ phone: { tp: 1, fp: 0, fn: 0 }, fax: { tp: 1, fp: 0, fn: 0 }, address: { tp: 1, fp: 0, fn: 0 } });
  });
});
