import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { vendorsForHost } from '../../../../src/core/extract/chat/match.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const chat = (html: string, url = 'https://acme.test/') => chatExtractor.extract(parsePage(url, html));
const ids = (html: string, url?: string) =>
  chat(html, url)
    .map((f) => f.value)
    .sort();

describe('chatExtractor: not a chat', () => {
  it.each([
    ['text that names vendors', '<p>Our CRM integrates with Intercom, Zendesk and Drift. Live chat coming soon!</p>'],
    [
      'links to vendor sites',
      '<a href="https://www.intercom.com">Intercom</a><a href="https://www.drift.com/">Drift</a><a href="https://www.tawk.to">tawk</a>',
    ],
    [
      'a blog post quoting a snippet',
      '<pre><code>&lt;script src="https://widget.intercom.io/widget/abc"&gt;&lt;/script&gt; window.intercomSettings = {}</code></pre>',
    ],
    ['HubSpot tracking code alone', '<script id="hs-script-loader" async defer src="//js.hs-scripts.com/1234567.js"></script>'],
    [
      'HubSpot analytics and forms',
      '<script src="https://js.hs-analytics.net/analytics/1/1234567.js"></script><script src="https://js.hsforms.net/forms/v2.js"></script>',
    ],
    ['a resource hint alone', '<link rel="preconnect" href="https://widget.intercom.io"><link rel="dns-prefetch" href="//js.driftt.com">'],
    ['a generic launcher id alone', '<iframe id="launcher" title="Button"></iframe><div id="chat-widget-container"></div>'],
    [
      'JSON-LD naming a vendor URL',
      '<script type="application/ld+json">{"sameAs":"https://widget.intercom.io/widget/abc","x":"window.intercomSettings"}</script>',
    ],
    ['CSS styling a vendor launcher', '<style>#intercom-container, .crisp-client { display: none }</style>'],
    ['a local variable called drift', '<script>var drift = measureDrift(); drift.reset();</script>'],
    ['a noscript fallback link', '<noscript><a href="https://www.livechat.com/chat-with/10000000/">Chat with us</a></noscript>'],
    ['an image from a vendor CDN', '<img src="https://js.intercomcdn.com/images/logo.png" alt="Intercom">'],
  ])('%s', (_, html) => {
    expect(chat(html)).toEqual([]);
  });
});

describe('chatExtractor: the live, rendered DOM', () => {
  it('recognises injected launchers and iframes without the loader script', () => {
    expect(ids('<div id="intercom-container"><iframe name="intercom-launcher-frame" class="intercom-launcher-frame"></iframe></div>')).toEqual(['intercom']);
    expect(ids('<div id="tidio-chat"><iframe id="tidio-chat-iframe" title="Tidio Chat"></iframe></div>')).toEqual(['tidio']);
    expect(ids('<div class="crisp-client"><div id="crisp-chatbox"></div></div>')).toEqual(['crisp']);
    expect(ids('<jdiv><jdiv class="button"></jdiv></jdiv>')).toEqual(['jivochat']);
  });

  it('flags where the evidence came from', () => {
    const [hub] = chat(`<div id="hubspot-messages-iframe-container">
      <iframe src="https://app.hubspot.com/conversations-visitor/123/threads/utk/x"></iframe></div>`);
    expect(hub).toMatchObject({ value: 'hubspot', flags: ['iframe', 'rendered'] });
    const [lc] = chat('<iframe id="chat-widget" src="https://secure.livechatinc.com/licence/10000000/v2/open_chat.cgi"></iframe>');
    expect(lc).toMatchObject({ value: 'livechat', flags: ['iframe'] });
  });

  it("counts Zendesk's generic #launcher only beside the snippet", () => {
    const html = '<iframe id="launcher" title="Button to launch messaging window"></iframe>';
    expect(chat(html)).toEqual([]);
    const [zd] = chat(`${html}<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=x"></script>`);
    expect(zd).toMatchObject({ value: 'zendesk', flags: ['script'] });
    expect(ids('<iframe id="webWidget"></iframe>')).toEqual(['zendesk']);
  });

  it('counts two weak signals of different kinds together', () => {
    const html = '<link rel="preconnect" href="https://static.zdassets.com"><iframe id="launcher" title="Button"></iframe>';
    expect(chat(html)[0]).toMatchObject({ value: 'zendesk', flags: ['iframe'] });
    expect(chat('<link rel="preconnect" href="https://static.zdassets.com"><link rel="dns-prefetch" href="//ekr.zdassets.com">')).toEqual([]);
  });

  it('matches a resource hint by host alone', () => {
    expect(vendorsForHost('js.driftt.com').map((v) => v.id)).toEqual(['drift']);
    expect(vendorsForHost('acme.my.site.com').map((v) => v.id)).toEqual(['salesforce']);
    expect(vendorsForHost('fonts.googleapis.com')).toEqual([]);
  });

  it('counts a resource hint only with another signal', () => {
    const html = '<link rel="preconnect" href="https://widget.intercom.io"><div id="intercom-container"></div>';
    expect(chat(html)[0]).toMatchObject({ value: 'intercom', flags: ['rendered'] });
  });

  it('matches id prefixes (Comm100 buttons carry the plan id)', () => {
    expect(ids('<div id="comm100-button-5f0e"></div>')).toEqual(['comm100']);
  });
});

describe('chatExtractor: loaders', () => {
  it('reads scripts parked by consent managers and lazy loaders', () => {
    expect(ids('<script type="text/plain" data-cookieconsent="marketing" data-src="https://embed.tawk.to/abc/default"></script>')).toEqual(['tawk']);
    expect(ids('<script type="text/plain" data-category="functional">window.$crisp=[];window.CRISP_WEBSITE_ID="x";</script>')).toEqual(['crisp']);
  });

  // Each consent manager and lazy loader parks the URL in an attribute of its own (page/parked-src.ts).
  it.each([
    ['WP Rocket', '<script type="rocketlazyloadscript" data-rocket-src="https://embed.tawk.to/abc/default"></script>'],
    ['iubenda', '<script type="text/plain" class="_iub_cs_activate" data-iub-purposes="3" suppressedsrc="https://embed.tawk.to/abc/default"></script>'],
    ['iubenda (data-)', '<script type="text/plain" class="_iub_cs_activate" data-suppressedsrc="https://embed.tawk.to/abc/default"></script>'],
    ['Complianz', '<script type="text/plain" data-category="marketing" data-service="tawk" data-cmplz-src="https://embed.tawk.to/abc/default"></script>'],
    ['Usercentrics', '<script type="text/plain" data-uc-src="https://embed.tawk.to/abc/default"></script>'],
    ['a frame held at about:blank', '<iframe src="about:blank" class="_iub_cs_activate" data-suppressedsrc="https://embed.tawk.to/abc/default"></iframe>'],
  ])('reads a script parked by %s', (_name, html) => {
    expect(ids(html)).toEqual(['tawk']);
  });

  it('does not read a srcset as a parked script, and reads the inline code of a script whose data-…-src is no URL', () => {
    expect(ids('<script type="text/plain" data-srcset="https://embed.tawk.to/abc/default 2x"></script>')).toEqual([]);
    expect(ids('<script data-src-type="inline">window.intercomSettings = { app_id: "x" };</script>')).toEqual(['intercom']);
  });

  // Issue #15: a bot-first widget is no direct human channel unless the page says a person takes over.
  it('flags a bot-first widget as a bot unless its launcher or the page says a person takes over', () => {
    const ada = '<script src="https://static.ada.support/embed2.js" id="__ada"></script>';
    expect(chat(ada)[0]?.flags).toContain('bot');
    const said = chat(`<p>Our chat assistant answers first and connects you to a live agent when it cannot help.</p>${ada}`)[0];
    expect(said?.flags).not.toContain('bot');
    expect(said?.context).toContain('a person takes over, the page says');
  });

  it.each([
    ['de', 'Der Bot verbindet Sie bei Bedarf mit einem Mitarbeiter.'],
    ['fr', 'Dans le chat, vous pouvez parler à un conseiller à tout moment.'],
    ['es', 'En el chat puedes hablar con un agente en horario comercial.'],
    ['ru', 'Связаться с оператором можно в чате.'],
    ['zh', '聊天机器人无法解决时可转人工。'],
    ['ja', '有人チャットにも対応しています。'],
  ])('%s: "%s" says a person takes over', (lang, text) => {
    const html = `<p>${text}</p><script src="https://static.ada.support/embed2.js" id="__ada"></script>`;
    expect(chatExtractor.extract(parsePage(`https://shop.example/${lang}/`, `<html lang="${lang}"><body>${html}</body></html>`))[0]?.flags).not.toContain(
      'bot',
    );
  });

  // Found by a review: ordinary wording about people, or about chatbots, is no hand-over.
  it.each([
    ['Our agents are real people who love camping.'],
    ['Prefer to speak to a person? Call 0800 123 456.'],
    ['At checkout PayPal transfers you to a secure page.'],
    ['Chatbots vs live agents: what our customers prefer'],
    ['Pour parler à un conseiller, appelez le 01 23 45 67 89.'],
    ['Vereinbaren Sie einen Termin mit einem Berater.'],
  ])('keeps a bot a bot beside "%s"', (text) => {
    const html = `<p>${text}</p><script src="https://static.ada.support/embed2.js" id="__ada"></script>`;
    expect(chat(html)[0]?.flags).toContain('bot');
  });

  it('reports several vendors on one page once each', () => {
    const html = `<script src="https://widget.intercom.io/widget/a"></script><script src="https://widget.intercom.io/widget/b"></script>
      <script src="https://static.ada.support/embed2.js" id="__ada"></script>`;
    const got = chat(html);
    expect(got.map((f) => f.value).sort()).toEqual(['ada', 'intercom']);
    expect(got.find((f) => f.value === 'ada')?.flags).toContain('bot');
    expect(got.find((f) => f.value === 'intercom')?.flags).not.toContain('bot');
  });

  it('ignores unparsable and non-http script sources', () => {
    expect(chat('<script src="http://%zz"></script><script src="data:text/javascript,window.intercomSettings={}"></script>')).toEqual([]);
  });
});

describe('chatExtractor: launchers wired to a vendor API (chat loaded by a tag manager)', () => {
  it('reads onclick handlers and javascript: links', () => {
    const [a] = chat('<button onclick="Intercom(\'show\'); return false;">Chat with us</button>');
    expect(a).toMatchObject({ value: 'intercom', flags: ['inline-snippet'] });
    expect(ids('<a href="javascript:void(Tawk_API.toggle())">Live chat</a>')).toEqual(['tawk']);
    expect(ids('<a href="#" onclick="$crisp.push([\'do\', \'chat:open\'])">Chat</a>')).toEqual(['crisp']);
    expect(ids('<script>document.querySelector("#help").onclick = () => Beacon("open");</script>')).toEqual(['helpscout']);
  });

  it('does not take the tail of a longer name for the vendor API', () => {
    expect(chat('<button onclick="navigator.sendBeacon(\'/log\')">Send</button>')).toEqual([]);
    expect(chat('<a href="#" onclick="myLandbot.open(); sizE(1)">Open</a>')).toEqual([]);
    expect(chat('<script>var ok = isQualified(lead);</script>')).toEqual([]);
    expect(chat('<script>!function(){function zE(t){return t}var a=zE(1),b=[zE(2)];}();</script>')).toEqual([]);
    expect(ids("<button onclick=\"zE('messenger', 'open')\">Chat</button>")).toEqual(['zendesk']);
  });

  it("takes the role from the launcher's words", () => {
    const [f] = chat('<button onclick="Intercom(\'show\')">Chat with our sales team</button>');
    expect(f).toMatchObject({ role: 'sales', context: 'Chat with our sales team' });
  });
});

describe('chatExtractor: role', () => {
  const intercom = '<script src="https://widget.intercom.io/widget/a"></script>';
  const drift = "<script>drift.load('x')</script>";

  it('is support by default and sales for sales-chat products', () => {
    expect(chat(intercom)[0]?.role).toBe('support');
    expect(chat(drift)[0]?.role).toBe('sales');
  });

  it('follows what the page says it is for', () => {
    expect(chat(`<title>Talk to sales | Acme</title>${intercom}`)[0]?.role).toBe('sales');
    expect(chat(drift, 'https://acme.test/support/contact')[0]?.role).toBe('support');
    expect(chat(`<title>About us | Acme</title>${drift}`)[0]?.role).toBe('sales');
  });
});

describe('chatExtractor: bounds', () => {
  it('does not take a form field name for a widget id', () => {
    expect(chat('<form><input name="intercom-frame"><input name="launcher"></form>')).toEqual([]);
  });

  it('stays fast on long minified scripts of dotted member chains', () => {
    const started = Date.now();
    const html = `<script>${'var a=window.foo.bar.baz;'.repeat(5000)}${'a.'.repeat(40000)}</script>`;
    expect(chat(html)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('chatExtractor: evidence in the forms sites use', () => {
  it('takes a preload of the vendor script as the script itself, a preconnect as a hint only', () => {
    expect(ids('<link rel="preload" as="script" href="https://widget.intercom.io/widget/abc123">')).toEqual(['intercom']);
    expect(ids('<link rel="modulepreload" href="https://js.driftt.com/include/1/abc.js">')).toEqual(['drift']);
    expect(ids('<link rel="preload" as="image" href="https://widget.intercom.io/widget/abc123">')).toEqual([]);
  });

  it('reads a consent placeholder that names the vendor it holds back', () => {
    expect(ids('<script type="text/plain" data-usercentrics="Intercom">window.x = 1</script>')).toEqual(['intercom']);
    expect(ids('<script type="text/plain" data-name="tawk">var a</script>')).toEqual(['tawk']);
    expect(ids('<script type="text/plain" data-usercentrics="Zendesk Chat"></script>')).toEqual(['zendesk']);
    expect(ids('<script type="text/plain" data-usercentrics="Google Analytics"></script>')).toEqual([]);
    expect(ids('<script type="text/plain" data-usercentrics="ab"></script>')).toEqual([]);
    // CookieConsent (orestbida): type="text/plain" with data-service naming the service.
    expect(ids('<script type="text/plain" data-category="marketing" data-service="Intercom">window.x = 1</script>')).toEqual(['intercom']);
  });

  it("takes a multi-product vendor's bare name in a consent placeholder for its tracking, its name with a chat word for its chat", () => {
    expect(ids('<script type="text/plain" data-usercentrics="HubSpot"></script>')).toEqual([]);
    expect(ids('<script type="text/plain" data-category="marketing" data-service="Salesforce">var a</script>')).toEqual([]);
    expect(ids('<script type="text/plain" data-usercentrics="HubSpot Chat"></script>')).toEqual(['hubspot']);
  });

  it('reads the loader a small JSON configuration block names, never a page state that quotes an embed', () => {
    expect(ids('<script type="application/json" id="chat-config">{"widget":"https://code.tidio.co/abc123.js"}</script>')).toEqual(['tidio']);
    const article = `${'A long article body. '.repeat(300)} Paste <script src="https://widget.intercom.io/widget/APP_ID"></script> before </body>.`;
    expect(ids(`<script type="application/json" id="__NEXT_DATA__">${JSON.stringify({ props: { post: { body: article } } })}</script>`)).toEqual([]);
    expect(ids('<script type="application/json">{"partners":["https://www.tidio.com/","https://www.intercom.com/pricing"]}</script>')).toEqual([]);
    expect(ids('<script type="application/ld+json">{"@type":"SoftwareApplication","url":"https://code.tidio.co/abc123.js"}</script>')).toEqual([]);
  });

  it('reads a protocol-relative, versioned script on a CDN path', () => {
    expect(ids('<script src="//cdn.livechatinc.com/tracking.js?v=3.1"></script>')).toEqual(['livechat']);
    expect(ids('<script src="https://storage.googleapis.com/landbot.online/v3/landbot-3.0.0.js"></script>')).toEqual(['landbot']);
  });
});
