import { describe, expect, it } from 'vitest';
import { chatLoaderPending } from '../../../../src/core/extract/chat/pending.js';
import type { PageAnalysis, PageFinding } from '../../../../src/core/types.js';
import type { Flag } from '../../../../src/core/flags.js';

const page = (findings: PageFinding[]): PageAnalysis => ({ url: 'https://v.example/', title: '', lang: 'en', findings, links: [] });
const chat = (flags: Flag[]): PageFinding => ({ kind: 'chat', value: 'intercom', role: 'support', flags });

describe('chatLoaderPending', () => {
  it('is true while a chat loader is on the page and its widget is not', () => {
    expect(chatLoaderPending(page([chat(['script'])]))).toBe(true);
    expect(chatLoaderPending(page([chat(['inline-snippet', 'bot'])]))).toBe(true);
  });
  it('is false once the widget shows (iframe or launcher element), and without any chat', () => {
    expect(chatLoaderPending(page([chat(['script', 'iframe'])]))).toBe(false);
    expect(chatLoaderPending(page([chat(['script', 'rendered'])]))).toBe(false);
    expect(chatLoaderPending(page([{ kind: 'phone', value: '+12025550143', role: 'sales', flags: [] }]))).toBe(false);
  });
});
