// One model of "reaches a person" (src/core/reach): which contact is the best way in, and how
// it is told to a shopper.
import { describe, expect, it } from 'vitest';
import { bestWayLine } from '../../../src/core/reach/describe.js';
import { bestWay, reachesPerson } from '../../../src/core/reach/reach.js';
import type { Finding } from '../../../src/core/report/schema.js';
import { translator } from '../../../src/core/i18n/catalogue.js';

const en = translator('en');

const S = 'https://acme.example';
function f(over: Partial<Finding> & Pick<Finding, 'kind' | 'value'>): Finding {
  const depth = over.depth ?? 1;
  const path = [`${S}/`, ...Array.from({ length: depth }, (_, i) => `${S}/p${i + 1}`)];
  return { role: 'sales', depth, path, pathText: path.slice(1).map((_, i) => `Step ${i + 1}`), url: path.at(-1)!, flags: [], ...over };
}

describe('reachesPerson', () => {
  it('a phone, a messaging app, an email and a human chat do; a bot, a noreply mailbox, a form and a help desk do not', () => {
    expect(
      [f({ kind: 'phone', value: '+1' }), f({ kind: 'messaging', value: 'whatsapp' }), f({ kind: 'email', value: 'sales@acme.example' })].every(reachesPerson),
    ).toBe(true);
    expect(reachesPerson(f({ kind: 'chat', value: 'intercom' }))).toBe(true);
    expect(reachesPerson(f({ kind: 'chat', value: 'botco', flags: ['bot'] }))).toBe(false);
    expect(reachesPerson(f({ kind: 'email', value: 'noreply@acme.example' }))).toBe(false);
    expect(reachesPerson(f({ kind: 'form', value: `${S}/post` }))).toBe(false);
  });
});

describe('bestWay', () => {
  it('prefers a phone to an email, even one click nearer, and a person to a bot', () => {
    const way = bestWay(
      [
        f({ kind: 'email', value: 'sales@acme.example', depth: 0 }),
        f({ kind: 'phone', value: '+12025550143', display: '(202) 555-0143', depth: 1 }),
        f({ kind: 'chat', value: 'botco', flags: ['bot'], depth: 0 }),
      ],
      'sales',
    );
    expect(way?.channel).toBe('phone');
    expect(way && bestWayLine(way, en)).toBe('Call (202) 555-0143 — 1 click');
  });

  it('a bot-only chat and an email: the email (the bot is no person)', () => {
    const way = bestWay(
      [f({ kind: 'chat', value: 'botco', flags: ['bot'], depth: 0 }), f({ kind: 'email', value: 'help@acme.example', role: 'support' })],
      'support',
    );
    expect(way?.channel).toBe('email');
  });

  it('says what a premium-rate line costs, and puts a normal line first', () => {
    const premium = f({ kind: 'phone', value: '+449012345678', display: '0901 234 5678', flags: ['premium-rate'], role: 'support', depth: 0 });
    expect(bestWayLine(bestWay([premium], 'support')!, en)).toBe('Call 0901 234 5678 — on the start page (premium rate: costs more than a normal call)');
    const normal = f({ kind: 'phone', value: '+442012345678', role: 'support', depth: 2 });
    expect(bestWay([premium, normal], 'support')?.finding).toBe(normal);
  });

  it('points a form to the page that shows it, never to where it posts, with what it asks first', () => {
    const form = f({ kind: 'form', value: `${S}/wp-admin/admin-post.php`, url: `${S}/contact`, flags: ['captcha', 'login-required'] });
    const way = bestWay([form], 'sales')!;
    expect(way.use).toBe(`${S}/contact`);
    expect(bestWayLine(way, en)).toBe('Contact form — 1 click (sign in first; asks for a CAPTCHA; not a direct line to a person)');
  });

  it('a number only in JSON-LD is "only in the structured data", not "on the start page"', () => {
    const jsonLd = f({ kind: 'phone', value: '+12025550100', flags: ['schema-org'], depth: 0 });
    expect(bestWayLine(bestWay([jsonLd], 'sales')!, en)).toBe('Call +12025550100 — only in the page’s structured data, not shown on it');
  });

  it('says the opening hours stated next to it', () => {
    const line = f({
      kind: 'phone',
      value: '+16175550110',
      display: '(617) 555-0110',
      role: 'support',
      context: 'Phone: (617) 555-0110, Mon–Fri 9 am–5 pm Eastern',
    });
    expect(bestWayLine(bestWay([line], 'support')!, en)).toBe('Call (617) 555-0110 — 1 click (Mon–Fri 9 am–5 pm)');
  });

  it('names a messaging app by its name, and a general line as such', () => {
    const wa = f({ kind: 'messaging', value: 'whatsapp', display: '+4915112345678', role: 'general' });
    expect(bestWayLine(bestWay([wa], 'support')!, en)).toBe("WhatsApp +4915112345678 — 1 click (a general contact, not support's own)");
  });
});

describe('report.bestWay', () => {
  it('every scored report states the best way for each role first, with its path; a failed one has none', async () => {
    const { sampleReport } = await import('../report/sample.js');
    const { bestWaysOf } = await import('../../../src/core/reach/best-way-record.js');
    const ways = bestWaysOf(sampleReport().findings);
    expect(ways.support).toMatchObject({ channel: 'email', reachesPerson: true, summary: 'Email help@vendor.example — 2 clicks', depth: 2 });
    expect(ways.sales?.channel).toBe('phone');
  });
});
