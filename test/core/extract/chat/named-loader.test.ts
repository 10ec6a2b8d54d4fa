import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Loaders named for a chat that no vendor row knows (named-loader.ts): found in what a page runs,
// never in what it links to, shows or says. Inputs are written here in the shapes shops use.
const found = (html: string, url = 'https://acme-outdoor.test/') =>
  chatExtractor
    .extract(parsePage(url, `<html><head><title>Acme Outdoor</title></head><body>${html}</body></html>`))
    .map((f) => `${f.value} [${f.flags.join(', ')}] ${f.context}`);

describe('chat loaders named for what they are', () => {
  it.each([
    ['a vendor host no row knows', '<script async src="https://widget.bespokechat.example/loader.js?id=9"></script>', 'widget.bespokechat.example/loader.js'],
    ["the shop's own wrapper of its vendor", '<script src="/javascript/chat.js"></script>', 'acme-outdoor.test/javascript/chat.js'],
    ['a versioned file on the shop CDN', '<script src="https://images.acme-cdn.test/js/livechat3.js"></script>', 'images.acme-cdn.test/js/livechat3.js'],
    [
      'a plugin folder',
      '<script src="/wp-content/plugins/wp-live-chat-support/js/wplc_u.js"></script>',
      'acme-outdoor.test/wp-content/plugins/wp-live-chat-support/js/wplc_u.js',
    ],
    ['a vendor whose brand begins with chat', '<script src="https://cdn.chatbullet.example/w.js"></script>', 'cdn.chatbullet.example/w.js'],

    ['a preloaded loader', '<link rel="preload" as="script" href="https://kefu.shop-cn.test/static/im.js">', 'kefu.shop-cn.test/static/im.js'],
    [
      'a loader parked by a consent manager',
      '<script type="text/plain" data-src="https://app.webchat-anbieter.test/embed.js"></script>',
      'app.webchat-anbieter.test/embed.js',
    ],
  ])('%s', (_, html, key) => {
    expect(found(html)).toEqual([`unknown [script, unknown-widget] script ${key}`]);
  });

  it('a frame from a host named for a chat, by its host alone', () => {
    expect(found('<iframe src="https://www.chatroom-host.example/room/acme" width="400"></iframe>')).toEqual([
      'unknown [iframe, unknown-widget] iframe www.chatroom-host.example/room/acme',
    ]);
    expect(found('<iframe src="https://embed.chatsimple.example/w/1"></iframe>')).toEqual([
      'unknown [iframe, unknown-widget] iframe embed.chatsimple.example/w/1',
    ]);
    expect(found('<iframe src="https://video.example/live_chat?v=1"></iframe><iframe src="https://maps.example/embed/chat-noir-cafe"></iframe>')).toEqual([]);
  });

  it('a chatbot is reported as one: no direct human channel', () => {
    expect(found('<script defer src="https://cdn.helpdesk-tools.test/chatbot.min.js"></script>')).toEqual([
      'unknown [script, unknown-widget, bot] script cdn.helpdesk-tools.test/chatbot.min.js',
    ]);
    expect(found('<script src="https://cdn.chatbotify.example/w.js"></script>')).toEqual([
      'unknown [script, unknown-widget, bot] script cdn.chatbotify.example/w.js',
    ]);
  });

  it("a chat service's host, and not a bot check", () => {
    expect(found('<script src="https://bot.helpdesk-vendor.example/embed.js"></script>')).toEqual([
      'unknown [script, unknown-widget, bot] script bot.helpdesk-vendor.example/embed.js',
    ]);
    expect(found('<script src="/js/bot-detect.js"></script><script src="https://cdn.shield.example/bot/check.js"></script>')).toEqual([]);
    expect(found('<script src="https://bot.acme-outdoor.test/app.js"></script>')).toEqual([]);
  });

  it('names that only begin like chat, and chat in links, images, frames, text and inline data, are no chat', () => {
    const html = `
      <script src="https://static.chateau-margaux.test/js/app.js"></script>
      <script src="https://www.chathamcounty.test/assets/site.js"></script>
      <script src="https://static.chateauneuf-wines.example/app.js"></script>
      <script src="https://cdn.chatsworth-house.example/tickets.js"></script>
      <script src="https://cdn.test/js/chart.min.js"></script>
      <script src="/js/chatterbox-theme.js"></script>
      <a href="https://www.livechat.test/pricing">Live chat software compared</a> <a href="/chat">Chat with us</a>
      <img src="https://cdn.test/img/chat-icon.png" alt="chat">
      <link rel="stylesheet" href="/css/chat.css"> <link rel="preconnect" href="https://chat.example-vendor.test">
      <iframe src="https://www.youtube.com/live_chat?v=abc&embed_domain=acme-outdoor.test"></iframe>
      <p>We tried a chatbot, chat.js and a live chat last year.</p>
      <script>window.__STATE__ = {"links": ["https://widget.somechat.test/loader.js"]};</script>`;
    expect(found(html)).toEqual([]);
  });

  it('a known vendor on the page is reported by name, not also as unknown', () => {
    const html = '<script src="https://code.tidio.co/abc123.js" async></script><script src="/js/chat-tweaks.js"></script>';
    expect(found(html).map((f) => f.split(' ')[0])).toEqual(['tidio']);
  });

  it('takes the role from the page', () => {
    const [f] = chatExtractor.extract(
      parsePage('https://acme-outdoor.test/sales/', '<html><head><title>Talk to sales</title></head><body><script src="/js/chat.js"></script></body></html>'),
    );
    expect(f?.role).toBe('sales');
  });

  it("a site's own domain named like a chat is not taken for a vendor", () => {
    const html = '<script src="https://cdn.chateaumargaux.example/js/app.js"></script><script src="/js/app.js"></script>';
    expect(found(html, 'https://www.chateaumargaux.example/')).toEqual([]);
    expect(found('<script src="https://static.chattybird.example/app.js"></script>', 'https://shop.chattybird.example/')).toEqual([]);
  });
});
