import { describe, expect, it } from 'vitest';
import { linkTarget, messagingExtractor } from '../../../../src/core/extract/messaging/messaging.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const run = (html: string, opts: { url?: string; country?: string } = {}) =>
  messagingExtractor.extract(parsePage(opts.url ?? 'https://acme.test/contact', html, { country: opts.country }));
const link = (href: string, text = 'Chat with us') => run(`<p><a href="${href}">${text}</a></p>`);
const pair = (href: string, text?: string) => link(href, text).map((f) => [f.value, f.display]);

describe('messagingExtractor: conversation links', () => {
  it.each([
    ['https://wa.me/17205550148', 'whatsapp', '+17205550148'],
    ['https://wa.me/4930123456789?text=Hallo', 'whatsapp', '+4930123456789'],
    ['https://wa.me/+4930123456789', 'whatsapp', '+4930123456789'],
    ['https://api.whatsapp.com/send?phone=447700900123&text=Hi', 'whatsapp', '+447700900123'],
    ['https://api.whatsapp.com/send/?phone=%2B33612345678', 'whatsapp', '+33612345678'],
    ['https://web.whatsapp.com/send?phone=5511987654321', 'whatsapp', '+5511987654321'],
    ['whatsapp://send?phone=+34612345678', 'whatsapp', '+34612345678'],
    ['https://wa.me/message/ABCDEF123XYZ1', 'whatsapp', 'https://wa.me/message/ABCDEF123XYZ1'],
    ['https://m.me/acmeoutdoor', 'messenger', 'https://m.me/acmeoutdoor'],
    ['https://www.messenger.com/t/acmeoutdoor', 'messenger', 'https://www.messenger.com/t/acmeoutdoor'],
    ['https://t.me/acme_support', 'telegram', 'https://t.me/acme_support'],
    ['tg://resolve?domain=acme_support', 'telegram', 'tg://resolve?domain=acme_support'],
    ['viber://chat?number=%2B380501234567', 'viber', '+380501234567'],
    ['viber://pa?chatURI=acmeoutdoor', 'viber', 'viber://pa?chatURI=acmeoutdoor'],
    ['https://line.me/R/ti/p/@acmeoutdoor', 'line', 'https://line.me/R/ti/p/@acmeoutdoor'],
    ['https://lin.ee/AbC123', 'line', 'https://lin.ee/AbC123'],
    ['weixin://dl/chat?acmeoutdoor', 'wechat', 'weixin://dl/chat?acmeoutdoor'],
    ['https://pf.kakao.com/_xAbCd/chat', 'kakaotalk', 'https://pf.kakao.com/_xAbCd/chat'],
    ['http://pf.kakao.com/_xAbCd', 'kakaotalk', 'http://pf.kakao.com/_xAbCd'],
    ['tencent://message/?uin=123456789&Site=acme&Menu=yes', 'qq', 'tencent://message/?uin=123456789&Site=acme&Menu=yes'],
    ['http://wpa.qq.com/msgrd?v=3&uin=123456789&site=qq&menu=yes', 'qq', 'http://wpa.qq.com/msgrd?v=3&uin=123456789&site=qq&menu=yes'],
    ['sms:+14155550123', 'sms', '+14155550123'],
    ['sms:+1-415-555-0123?body=Hi', 'sms', '+14155550123'],
    [
      'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777',
      'apple-messages',
      'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777',
    ],
  ])('%s → %s', (href, app, display) => {
    expect(pair(href)).toEqual([[app, display]]);
  });

  it('reads a national sms: number with the page country, and keeps it as written without one', () => {
    expect(run('<a href="sms:030 1234567">SMS</a>', { country: 'DE' })[0]?.display).toBe('+49301234567');
    expect(run('<a href="sms:030 1234567">SMS</a>', { country: 'de' })[0]?.display).toBe('+49301234567');
    expect(run('<a href="sms:0301234567">SMS</a>')[0]?.display).toBe('sms:0301234567');
  });

  it('keeps the link target when a WhatsApp number is impossible', () => {
    expect(pair('https://api.whatsapp.com/send?phone=123456')).toEqual([['whatsapp', 'https://api.whatsapp.com/send?phone=123456']]);
  });

  it('reports each target once, and two numbers of one app separately', () => {
    const got = run(`<a href="https://wa.me/17205550148">Sales</a><a href="https://wa.me/17205550148">WhatsApp</a>
      <a href="https://wa.me/17205550139">Support</a>`);
    expect(got.map((f) => f.display)).toEqual(['+17205550148', '+17205550139']);
  });
});

describe('messagingExtractor: not a conversation', () => {
  it.each([
    ['a WhatsApp share button', 'https://wa.me/?text=Look%20at%20this%20tent'],
    ['a WhatsApp API share link', 'https://api.whatsapp.com/send?text=https%3A%2F%2Facme.test%2Ftent'],
    ['a WhatsApp app share link', 'whatsapp://send?text=Hello'],
    ['a WhatsApp group invite', 'https://chat.whatsapp.com/AbCdEfGhIjK'],
    ['a WhatsApp channel', 'https://whatsapp.com/channel/0029VaAbCdEf'],
    ['a Telegram share button', 'https://t.me/share/url?url=https%3A%2F%2Facme.test'],
    ['a Telegram group invite', 'https://t.me/+AbCdEfGh123'],
    ['a Telegram joinchat invite', 'https://t.me/joinchat/AbCdEf'],
    ['a Telegram channel post', 'https://t.me/acmenews/123'],
    ['a Telegram channel preview', 'https://t.me/s/acmenews'],
    ['a Messenger group link', 'https://m.me/j/AbCdEf'],
    ['a Messenger share dialog', 'https://www.facebook.com/dialog/send?link=https%3A%2F%2Facme.test'],
    ['a Facebook page', 'https://www.facebook.com/acmeoutdoor'],
    ['a Viber share link', 'viber://forward?text=Hello'],
    ['a LINE share link', 'https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Facme.test'],
    ['a LINE message share', 'https://line.me/R/msg/text/?Hello'],
    ['an SMS share', 'sms:?body=Look%20at%20this'],
    ['adding a Kakao channel as a friend', 'https://pf.kakao.com/_xAbCd/friend'],
    ['a Kakao channel post', 'https://pf.kakao.com/_xAbCd/12345'],
    ['a QQ link with no number', 'tencent://message/?Site=acme&Menu=yes'],
    ['a QQ share link', 'https://connect.qq.com/widget/shareqq/index.html?url=https%3A%2F%2Facme.test'],
    ['the vendor site of an app', 'https://www.whatsapp.com/business'],
    ['a relative link', '/whatsapp'],
    ['an unparsable URL', 'https://%zz'],
  ])('%s', (_, href) => {
    expect(link(href)).toEqual([]);
  });

  it('skips t.me links labelled as a channel to follow', () => {
    expect(link('https://t.me/acmeoutdoor', 'Follow our Telegram channel')).toEqual([]);
    expect(link('https://t.me/acmeoutdoor', 'Abonnieren Sie unseren Kanal')).toEqual([]);
    expect(pair('https://t.me/acmeoutdoor', 'Message us on Telegram')).toEqual([['telegram', 'https://t.me/acmeoutdoor']]);
  });

  it('does not read app names in text', () => {
    expect(run('<p>Reach us on WhatsApp at +1 720 555 0148 or Telegram @acme_support.</p>')).toEqual([]);
  });
});

describe('messagingExtractor: role, region, context', () => {
  it('reads the link label, then the line, then the heading', () => {
    const [a] = run('<p>WhatsApp: <a href="https://wa.me/17205550148">message our sales team</a></p>');
    expect(a).toMatchObject({ role: 'sales', context: 'WhatsApp: message our sales team', region: 'main' });
    const [b] = run('<footer><p>Customer support on WhatsApp: <a href="https://wa.me/17205550139">+1 720 555 0139</a></p></footer>');
    expect(b).toMatchObject({ role: 'support', region: 'footer' });
    const [c] = run('<h2>Technical support</h2><p><a href="https://t.me/acme_help" aria-label="Telegram"></a></p>');
    expect(c?.role).toBe('support');
  });

  it('flags links in collapsed panels', () => {
    const [f] = run('<div style="display:none"><a href="https://wa.me/17205550148">WhatsApp</a></div>');
    expect(f?.flags).toEqual(['collapsed']);
    expect(run('<a href="https://wa.me/17205550148">WhatsApp</a>')[0]?.flags).toEqual([]);
    const both = run('<div hidden><a href="https://wa.me/17205550148">WhatsApp</a></div><a href="https://wa.me/17205550148">WhatsApp</a>');
    expect(both.map((f) => f.flags)).toEqual([[]]);
  });

  it('is general when nothing says a role', () => {
    expect(link('https://m.me/acmeoutdoor', 'Messenger')[0]?.role).toBe('general');
  });
});

describe('linkTarget', () => {
  // What ParsedPage.resolveLink does, against a fixed base.
  const resolveAgainst = (base: string) => (href: string) => new URL(href, base);

  it('drops scheme and www. for web links and decodes escapes', () => {
    expect(linkTarget('https://www.wa.me/123?text=a%20b', resolveAgainst('https://acme.test/'))).toBe('wa.me/123?text=a b');
    expect(linkTarget('//t.me/acme', resolveAgainst('https://acme.test/'))).toBe('t.me/acme');
    expect(linkTarget('viber://chat?number=%2B1', resolveAgainst('https://acme.test/'))).toBe('viber://chat?number=+1');
    expect(linkTarget('#top', resolveAgainst('https://acme.test/'))).toBeUndefined();
    expect(linkTarget('contact', resolveAgainst('https://acme.test/'))).toBeUndefined();
  });
});
