import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AuditStateSchema,
  ContentPingResponseSchema,
  CrawledPageSchema,
  MESSAGE_TYPES,
  PopupResponseSchema,
  SettingsSchema,
  ToBackgroundFromContentSchema,
  ToBackgroundFromPageSchema,
  ToContentSchema,
  ToPopupSchema,
} from '../../src/messages.js';
import { classifySender } from '../../src/background/senders.js';
import { crawlingState, doneState, finding } from './fixtures.js';

const page = {
  url: 'https://vendor.example/contact',
  depth: 1,
  path: ['https://vendor.example/', 'https://vendor.example/contact'],
  pathText: ['Contact'],
  status: 200,
  analysis: {
    url: 'https://vendor.example/contact',
    title: 'Contact',
    lang: 'en',
    findings: [{ kind: 'phone', value: '+18005550199', role: 'sales', flags: ['tel-link'] }],
    links: [{ url: 'https://vendor.example/', text: 'Home', region: 'header' }],
  },
};

describe('message schemas', () => {
  it('accept every well-formed message, by direction', () => {
    expect(ToBackgroundFromPageSchema.parse({ type: 'popup/export', tabId: 3, format: 'csv' })).toEqual({ type: 'popup/export', tabId: 3, format: 'csv' });
    expect(ToBackgroundFromContentSchema.parse({ type: 'content/page', auditId: 'x', page }).type).toBe('content/page');
    expect(
      ToBackgroundFromContentSchema.parse({
        type: 'content/progress',
        auditId: 'x',
        progress: { pagesFetched: 1, maxPages: 60, depth: 0, url: 'https://v.example/', queued: 3 },
      }).type,
    ).toBe('content/progress');
    expect(ToContentSchema.parse({ type: 'content/start', auditId: 'x', startUrl: 'https://v.example/', options: crawlingState().options }).type).toBe(
      'content/start',
    );
    expect(ToContentSchema.parse({ type: 'content/ping', auditId: 'x' }).type).toBe('content/ping');
    expect(ContentPingResponseSchema.parse({ running: true })).toEqual({ running: true });
    expect(ContentPingResponseSchema.safeParse({ running: 'yes' }).success).toBe(false);
    expect(ToPopupSchema.parse({ type: 'bg/state', state: doneState([finding({})]) }).type).toBe('bg/state');
    expect(PopupResponseSchema.parse({ kind: 'unsupported', reason: 'no' }).kind).toBe('unsupported');
  });

  it('refuse unknown types, wrong directions, bad fields and oversized page text', () => {
    expect(ToBackgroundFromPageSchema.safeParse({ type: 'popup/delete-everything', tabId: 1 }).success).toBe(false);
    // A content-script message is not a popup message, and the other way round.
    expect(ToBackgroundFromPageSchema.safeParse({ type: 'content/done', auditId: 'x' }).success).toBe(false);
    expect(ToBackgroundFromContentSchema.safeParse({ type: 'popup/open', tabId: 1 }).success).toBe(false);
    expect(ToBackgroundFromPageSchema.safeParse({ type: 'popup/open', tabId: '1' }).success).toBe(false);
    expect(ToBackgroundFromPageSchema.safeParse({ type: 'popup/export', tabId: 1, format: 'exe' }).success).toBe(false);
    expect(CrawledPageSchema.safeParse({ ...page, analysis: { ...page.analysis, title: 'x'.repeat(2001) } }).success).toBe(false);
    expect(
      CrawledPageSchema.safeParse({ ...page, analysis: { ...page.analysis, findings: [{ kind: 'pigeon', value: 'x', role: 'sales', flags: [] }] } }).success,
    ).toBe(false);
    expect(ToContentSchema.safeParse(null).success).toBe(false);
  });

  it('a stored audit state round-trips, and a damaged one is rejected', () => {
    const state = doneState([finding({})]);
    expect(AuditStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(AuditStateSchema.safeParse({ ...state, status: 'paused' }).success).toBe(false);
  });

  it('settings are bounded', () => {
    expect(SettingsSchema.safeParse({ maxDepth: 3, maxPages: 60, respectRobots: true, country: 'DE' }).success).toBe(true);
    expect(SettingsSchema.safeParse({ maxDepth: 99, maxPages: 60, respectRobots: true }).success).toBe(false);
    expect(SettingsSchema.safeParse({ maxDepth: 3, maxPages: 60, respectRobots: true, country: 'germany' }).success).toBe(false);
  });

  it('every message to the background has a handler (convention)', () => {
    const background = readFileSync('src/background/index.ts', 'utf8') + readFileSync('src/background/content-handlers.ts', 'utf8');
    for (const type of [...MESSAGE_TYPES.toBackgroundFromPage, ...MESSAGE_TYPES.toBackgroundFromContent, ...MESSAGE_TYPES.fetchFromContent])
      expect(background, type).toContain(`'${type}':`);
    const content = readFileSync('src/content/index.ts', 'utf8');
    for (const type of MESSAGE_TYPES.toContent) expect(content.includes(`'${type}'`) || type === 'content/start', type).toBe(true);
  });
});

describe('sender checks', () => {
  const ID = 'ext-id';
  const ORIGIN = 'chrome-extension://ext-id/';
  it('extension pages and content scripts in a tab are known; everything else is refused', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: ID, url: 'https://vendor.example/', tab: { id: 4 } }, ID, ORIGIN)).toEqual({ kind: 'content', tabId: 4 });
    expect(classifySender({ id: 'other-extension', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ id: ID, url: 'https://vendor.example/' }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ url: 'https://evil.example/', tab: { id: 4 } }, ID, ORIGIN)).toBeUndefined();
  });
});
