import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AuditStateSchema,
  CrawledPageSchema,
  MESSAGE_TYPES,
  PopupResponseSchema,
  SettingsSchema,
  ToBackgroundFromEngineSchema,
  ToBackgroundFromPageSchema,
  ToPopupSchema,
} from '../../src/messages.js';
import { ENGINE_MESSAGE_TYPES, EngineRequestSchema, ToEngineSchema } from '../../src/engine-messages.js';
import { ContentPingResponseSchema, SnapshotSchema, TO_CONTENT_TYPES, ToContentSchema } from '../../src/tab-messages.js';
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
    expect(ToBackgroundFromEngineSchema.parse({ type: 'engine/page', auditId: 'x', tabId: 3, page }).type).toBe('engine/page');
    expect(
      ToBackgroundFromEngineSchema.parse({
        type: 'engine/progress',
        auditId: 'x',
        tabId: 3,
        progress: { pagesFetched: 1, maxPages: 60, depth: 0, url: 'https://v.example/', queued: 3 },
      }).type,
    ).toBe('engine/progress');
    const job = { auditId: 'x', tabId: 3, startUrl: 'https://v.example/', options: crawlingState().options };
    expect(ToEngineSchema.parse({ type: 'engine/start', ...job }).type).toBe('engine/start');
    expect(EngineRequestSchema.parse({ type: 'engine/tab-fetch', auditId: 'x', tabId: 3, url: 'https://v.example/a', timeoutMs: 10, maxBytes: 9 }).type).toBe(
      'engine/tab-fetch',
    );
    expect(ToContentSchema.parse({ type: 'content/start', auditId: 'x' }).type).toBe('content/start');
    expect(ToContentSchema.parse({ type: 'content/ping', auditId: 'x' }).type).toBe('content/ping');
    const snapshot = { version: 2, url: 'https://v.example/', html: '<p>', corners: [{ tag: 'button', label: 'Chat' }], scripts: [], loaded: true, now: 5 };
    expect(SnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(ContentPingResponseSchema.parse({ running: true })).toEqual({ running: true });
    expect(ContentPingResponseSchema.safeParse({ running: 'yes' }).success).toBe(false);
    expect(ToPopupSchema.parse({ type: 'bg/state', state: doneState([finding({})]) }).type).toBe('bg/state');
    expect(PopupResponseSchema.parse({ kind: 'unsupported', reason: 'no' }).kind).toBe('unsupported');
  });

  it('refuse unknown types, wrong directions, bad fields and oversized page text', () => {
    expect(ToBackgroundFromPageSchema.safeParse({ type: 'popup/delete-everything', tabId: 1 }).success).toBe(false);
    // An engine message is not a popup message, and the other way round.
    expect(ToBackgroundFromPageSchema.safeParse({ type: 'engine/done', auditId: 'x', tabId: 1 }).success).toBe(false);
    expect(ToBackgroundFromEngineSchema.safeParse({ type: 'popup/open', tabId: 1 }).success).toBe(false);
    // The engine names the tab its stream belongs to.
    expect(ToBackgroundFromEngineSchema.safeParse({ type: 'engine/failed', auditId: 'x', error: 'e' }).success).toBe(false);
    expect(SnapshotSchema.safeParse({ version: 1, url: 'https://v.example/', corners: [], scripts: [], loaded: true }).success).toBe(false);
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

  it('every message has a handler where it goes (convention)', () => {
    const background = ['index.ts', 'engine-handlers.ts', 'engine-relay.ts'].map((f) => readFileSync(`src/background/${f}`, 'utf8')).join('\n');
    for (const type of [...MESSAGE_TYPES.toBackgroundFromPage, ...MESSAGE_TYPES.toBackgroundFromEngine, ...ENGINE_MESSAGE_TYPES.engineRequests])
      expect(background, type).toContain(`'${type}'`);
    const content = readFileSync('src/content/index.ts', 'utf8');
    for (const type of TO_CONTENT_TYPES) expect(content, type).toContain(`case '${type}':`);
    const engine = readFileSync('src/engine/index.ts', 'utf8');
    for (const type of ENGINE_MESSAGE_TYPES.toEngine) expect(engine.includes(`'${type}'`) || type === 'engine/start', type).toBe(true);
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
