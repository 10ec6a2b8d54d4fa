import { describe, expect, it } from 'vitest';
import { capPageFindings, describeCapped, PAGE_FINDING_CAPS, reportableFindings } from '../../../src/core/crawl/page-finding-caps.js';
import { FINDING_KINDS, type PageFinding } from '../../../src/core/types.js';

const email = (i: number, extra: Partial<PageFinding> = {}): PageFinding => ({
  kind: 'email',
  value: `e${i}@x.example`,
  role: 'general',
  flags: [],
  region: 'main',
  ...extra,
});

describe('capPageFindings', () => {
  it('has a cap for every kind of finding', () => {
    for (const kind of FINDING_KINDS) expect(PAGE_FINDING_CAPS[kind], kind).toBeGreaterThan(0);
  });

  it('leaves a page under its caps alone', () => {
    const findings = [email(1), email(2), { ...email(3), kind: 'phone' as const, value: '+12025550143' }];
    expect(capPageFindings(findings)).toEqual({ findings, capped: [] });
  });

  it('keeps sales and support first, then header, nav and footer, then document order; keeps the order', () => {
    const directory = Array.from({ length: 10 }, (_, i) => email(i));
    const footer = email(100, { region: 'footer' });
    const sales = email(101, { role: 'sales' });
    const { findings, capped } = capPageFindings([...directory, footer, sales], { ...PAGE_FINDING_CAPS, email: 4 });
    expect(findings.map((f) => f.value)).toEqual(['e0@x.example', 'e1@x.example', 'e100@x.example', 'e101@x.example']);
    expect(capped).toEqual([{ kind: 'email', found: 12, kept: 4 }]);
    expect(describeCapped(capped)).toMatch(/^this page lists 12 distinct email findings \(4 kept\)/);
  });

  it('caps each kind on its own', () => {
    const phones = Array.from({ length: 5 }, (_, i): PageFinding => ({ kind: 'phone', value: `+1202555010${i}`, role: 'general', flags: [] }));
    const { findings, capped } = capPageFindings([...phones, email(1)], { ...PAGE_FINDING_CAPS, phone: 2, email: 2 });
    expect(findings.map((f) => f.kind)).toEqual(['phone', 'phone', 'email']);
    expect(capped).toEqual([{ kind: 'phone', found: 5, kept: 2 }]);
  });

  it('says which kind has no cap, rather than dropping it silently', () => {
    expect(() => capPageFindings([{ ...email(1), kind: 'pager' as never }])).toThrow(/no finding cap for kind "pager"/);
  });
});

describe('reportableFindings', () => {
  it("caps like capPageFindings and cuts page-derived text to the report's bound (the extension's live-DOM read uses it too)", () => {
    const many = Array.from({ length: PAGE_FINDING_CAPS.email + 5 }, (_, i) => email(i));
    const long = { kind: 'form' as const, value: `https://v.example/${'a'.repeat(5000)}`, role: 'general' as const, flags: [], context: 'c'.repeat(3000) };
    const { findings, capped } = reportableFindings([...many, long]);
    expect(findings.filter((f) => f.kind === 'email')).toHaveLength(PAGE_FINDING_CAPS.email);
    expect(capped).toEqual([{ kind: 'email', found: PAGE_FINDING_CAPS.email + 5, kept: PAGE_FINDING_CAPS.email }]);
    const form = findings.find((f) => f.kind === 'form');
    expect(form?.value.length).toBe(2000);
    expect(form?.value.endsWith('…')).toBe(true);
    expect(form?.context?.length).toBe(2000);
  });
});
