import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chatCases, formCases, PAGE_ORIGIN } from '../../scripts/eval/pages.js';

const root = mkdtempSync(join(tmpdir(), 'eval-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function dir(name: string, files: Record<string, string>): string {
  const d = join(root, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
  return d;
}

describe('chatCases', () => {
  it('takes each positive page as its vendor, each negative as no chat, chat labelled in full', async () => {
    const pos = dir('chat', { 'intercom.html': '<p>a</p>', 'drift.html': '<p>b</p>', 'notes.txt': 'x' });
    const neg = dir('chat-negatives', { 'blog.html': '<p>c</p>' });
    const cases = await chatCases(pos, neg);
    expect(cases.map((c) => [c.id, c.expected, c.strict, c.kinds])).toEqual([
      ['chat/drift.html', [{ kind: 'chat', value: 'drift' }], ['chat'], ['chat']],
      ['chat/intercom.html', [{ kind: 'chat', value: 'intercom' }], ['chat'], ['chat']],
      ['chat-negatives/blog.html', [], ['chat'], ['chat']],
    ]);
  });
  it('reads a missing negatives folder as none', async () => {
    const pos = dir('chat2', { 'tawk.html': '<p>a</p>' });
    expect(await chatCases(pos, join(root, 'nowhere'))).toHaveLength(1);
  });
});

describe('formCases', () => {
  it('reads labels.json: the contact forms of each page by path, forms labelled in full', async () => {
    const d = dir('forms', {
      'labels.json': JSON.stringify({ 'contact-a.html': ['/contact/send'], 'not-b.html': [] }),
      'contact-a.html': '<form></form>',
      'not-b.html': '<form></form>',
    });
    const cases = await formCases(d);
    expect(cases.map((c) => [c.id, c.pages[0]?.url, c.expected, c.strict])).toEqual([
      ['forms/contact-a.html', `${PAGE_ORIGIN}/contact-a.html`, [{ kind: 'form', value: '/contact/send' }], ['form']],
      ['forms/not-b.html', `${PAGE_ORIGIN}/not-b.html`, [], ['form']],
    ]);
  });
  it('refuses a page without a label and a label without a page', async () => {
    const d = dir('forms-bad', { 'labels.json': JSON.stringify({ 'gone.html': [] }), 'new.html': '<p></p>' });
    await expect(formCases(d)).rejects.toThrow(/pages without a label: new\.html; labels without a page: gone\.html/);
  });
  it('refuses a label that is not a path', async () => {
    const d = dir('forms-url', { 'labels.json': JSON.stringify({ 'a.html': ['https://acme.test/contact'] }), 'a.html': '' });
    await expect(formCases(d)).rejects.toThrow();
  });
});
