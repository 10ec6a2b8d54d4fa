// Flags are one closed list (src/core/flags.ts): the report schema and the extension's messages
// accept its names and embed:<service>, and refuse anything else, page text above all.
import { describe, expect, it } from 'vitest';
import { FLAGS, HELPDESK_PLATFORMS, isFlag } from '../../../src/core/flags.js';
import { FindingSchema } from '../../../src/core/report/schema.js';
import { PageFindingSchema } from '../../../src/messages.js';
import { sampleReport } from './sample.js';

const finding = (flags: string[]) => ({ ...sampleReport().findings[0]!, flags });

describe('flags', () => {
  it('accepts every flag of the list, the help-desk platforms and embed:<service>', () => {
    const all = [...FLAGS, ...HELPDESK_PLATFORMS, 'embed:hubspot', 'embed:google-forms'];
    expect(FindingSchema.safeParse(finding(all)).success).toBe(true);
    expect(PageFindingSchema.safeParse({ kind: 'form', value: 'x', role: 'general', flags: all.slice(0, 40) }).success).toBe(true);
    for (const flag of all) expect(isFlag(flag), flag).toBe(true);
  });

  it("refuses a flag outside the list: a misspelling ('bot-only'), page text, an empty service", () => {
    for (const flag of ['bot-only', '<img src=x onerror=alert(1)>', '=HYPERLINK("x")', 'embed:', 'embed:<b>', 'Bot']) {
      expect(FindingSchema.safeParse(finding([flag])).success, flag).toBe(false);
      expect(PageFindingSchema.safeParse({ kind: 'chat', value: 'x', role: 'general', flags: [flag] }).success, flag).toBe(false);
      expect(isFlag(flag), flag).toBe(false);
    }
  });
});
