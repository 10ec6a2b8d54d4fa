import { describe, expect, it } from 'vitest';
import { cornerWidgetFindings } from '../../../../src/core/extract/chat/corner-widget.js';

const URL = 'https://shop.example/';
const found = (label: string, extra: { tag?: string; src?: string } = {}) => cornerWidgetFindings([{ tag: extra.tag ?? 'button', label, ...extra }], URL);

describe('cornerWidgetFindings: a chat launcher no vendor table knows', () => {
  it.each([
    ['Chat with us'],
    ['Message us'],
    ['Hilfe'],
    ['Besoin d’aide ?'],
    ['¿Necesitas ayuda?'],
    ['お問い合わせ'],
    ['채팅 상담'],
    ['在线客服'],
    ['Live Chat'],
    // Languages with a partial pack (locale/partial-packs.ts).
    ['Canlı Destek'],
    ['Napište nám'],
    ['Asiakaspalvelu'],
    ['Írjon nekünk'],
  ])('"%s" in a corner is an unknown chat widget', (label) => {
    expect(found(label)).toEqual([
      expect.objectContaining({ kind: 'chat', value: 'unknown', flags: ['rendered', 'unknown-widget'], context: expect.stringContaining(label) }),
    ]);
  });

  it('takes the role from the launcher words', () => {
    expect(found('Chat with sales')[0]?.role).toBe('sales');
    expect(found('Chat')[0]?.role).toBe('support');
  });

  it.each([
    ['a cookie banner fixed in a corner', 'We use cookies to improve your experience. By continuing you agree to our cookie policy and terms.'],
    ['a back-to-top button', 'Back to top'],
    ['a word inside another', 'Purchase now'],
    ['an empty launcher', ''],
  ])('%s is not', (_, label) => {
    expect(found(label)).toEqual([]);
  });

  it("leaves a known vendor's frame to the vendor table", () => {
    expect(found('Chat', { tag: 'iframe', src: 'https://widget.intercom.io/widget/abc' })).toEqual([]);
    expect(found('Chat', { tag: 'iframe', src: 'https://chat.unknown-vendor.example/frame' })[0]?.context).toContain('chat.unknown-vendor.example');
  });
});
