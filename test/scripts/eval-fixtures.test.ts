import { describe, expect, it } from 'vitest';
import { FIXTURE_KINDS, fixtureLabels } from '../../scripts/eval/fixtures.js';
import { scoreSite } from '../../scripts/eval/site-score.js';

describe('fixtureLabels', () => {
  const labels = fixtureLabels({
    options: { country: 'DE' },
    findings: [
      { kind: 'phone', value: '+13125550172' },
      { kind: 'fax', value: '+493023125499' },
      { kind: 'address', value: 'Hobelweg 12 10115 Berlin' },
      { kind: 'email', value: 'sales@acme.example' },
      { kind: 'gate', flags: ['serial-number'] },
      { kind: 'not-a-kind', value: 'x' },
    ],
    noOtherPhones: true,
    noOtherForms: true,
  });

  it('keeps expected findings of the scored kinds, with their flags', () => {
    expect(labels.expected).toEqual([
      { kind: 'phone', value: '+13125550172', flags: undefined },
      { kind: 'fax', value: '+493023125499', flags: undefined },
      { kind: 'address', value: 'Hobelweg 12 10115 Berlin', flags: undefined },
      { kind: 'email', value: 'sales@acme.example', flags: undefined },
      { kind: 'gate', value: undefined, flags: ['serial-number'] },
    ]);
    expect(labels.kinds).toEqual(FIXTURE_KINDS);
    expect(labels.country).toBe('DE');
  });

  it('takes noOtherPhones / noOtherEmails / noOtherForms as the kinds labelled in full', () => {
    expect(labels.strict).toEqual(['phone', 'form']);
  });

  it('scores E.164 expectations against the findings of every page', () => {
    const s = scoreSite({ id: 'fixtures/x', ...labels }, [
      { kind: 'phone', value: '+13125550172', url: 'http://x/' },
      { kind: 'phone', value: '+13125550199', url: 'http://x/' },
      { kind: 'fax', value: '+493023125499', url: 'http://x/' },
      { kind: 'address', value: 'Hobelweg 12, 10115 Berlin, Deutschland', url: 'http://x/impressum' },
      { kind: 'email', value: 'info@acme.example', url: 'http://x/' },
      { kind: 'gate', value: 'serial-number', flags: ['serial-number'], url: 'http://x/support' },
    ]);
    expect(s.counts.phone).toEqual({ tp: 1, fp: 1, fn: 0, unlabelled: 0 });
    expect(s.counts.fax).toEqual({ tp: 1, fp: 0, fn: 0, unlabelled: 0 });
    expect(s.counts.address).toEqual({ tp: 1, fp: 0, fn: 0, unlabelled: 0 });
    expect(s.counts.email).toEqual({ tp: 0, fp: 0, fn: 1, unlabelled: 1 });
    expect(s.counts.gate).toEqual({ tp: 1, fp: 0, fn: 0, unlabelled: 0 });
    expect(s.counts.form).toEqual({ tp: 0, fp: 0, fn: 0, unlabelled: 0 });
  });
});
