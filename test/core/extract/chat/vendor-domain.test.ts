import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { urlKeysInScript } from '../../../../src/core/extract/chat/match.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Rows whose host is the vendor's own registrable domain ('vendor-domain', vendors.ts): the vendor's
// script, iframe or preloaded loader on a shop's page is its widget; a link, a logo or a mention of its
// site is not. Inputs are written here from the shapes of ordinary pages, not copied from a corpus.
const found = (html: string) =>
  chatExtractor
    .extract(parsePage('https://acme-outdoor.test/', `<html><head></head><body>${html}</body></html>`))
    .map((f) => `${f.value} [${f.flags.join(', ')}]`);

describe('vendor-domain rows', () => {
  it('a page that links to, names and shows the logos of vendors has no chat', () => {
    const html = `
      <h2>Chatbots we compared</h2>
      <ul>
        <li><a href="https://www.onlim.com/en/">Onlim</a> <img src="https://onlim.com/wp-content/uploads/logo.png" alt="Onlim"></li>
        <li><a href="https://sitegpt.ai/pricing"><img src="https://cdn.sitegpt.ai/brand/logo.svg" alt="SiteGPT"></a></li>
        <li><a href="https://help.subiz.com/">Subiz help centre</a>, <a href="mailto:support@subiz.com">support@subiz.com</a></li>
        <li><a href="https://smilee.io/fi/">Smilee</a> <img srcset="https://smilee.io/logo-2x.png 2x" src="https://smilee.io/logo.png"></li>
        <li>Weply (weply.chat), Tars (hellotars.com), HelpOnClick, Blinger.io and Conferbot</li>
      </ul>
      <link rel="stylesheet" href="https://fonts.onlim.com/brand.css">
      <link rel="preconnect" href="https://weply.chat">
      <script>window.__STATE__ = {"links": ["https://onlim.com/en/blog/chatbots-in-tourism/", "https://www.conferbot.com/templates",
        "https://weply.chat/blog/what-is-leadgeneration", "hellotars.com"], "contact": "hello@blinger.io"};</script>
      <script type="application/ld+json">{"@type": "Article", "mentions": [{"url": "https://www.helponclick.com/"}]}</script>`;
    expect(found(html)).toEqual([]);
  });

  it('the vendor script from a subdomain of its own domain is its widget', () => {
    expect(found('<script async src="https://widget.smilee.io/loader/abc123"></script>')).toEqual(['smilee [script]']);
    expect(found('<script src="//cdn.onlim.com/webchat/v2/webchat.js" defer></script>')).toEqual(['onlim [script, bot]']);
  });

  it('an iframe, a preloaded loader and an inline loader from the vendor domain count too', () => {
    expect(found('<iframe src="https://app.medchatapp.com/widget/frame?key=1"></iframe>')).toEqual(['medchat [iframe]']);
    expect(found('<link rel="preload" as="script" href="https://static.subiz.com/widget/app.js">')).toEqual(['subiz [script]']);
    const inline =
      "<script>(function(d){var s=d.createElement('script');s.async=true;" +
      "s.src='https://ws.helponclick.com/chat/loader.js?id=7';d.head.appendChild(s)})(document);</script>";
    expect(found(inline)).toEqual(['helponclick [inline-snippet]']);
  });

  it('inline script text keeps a bare domain only as a loader, other vendors keep every URL', () => {
    const keys = urlKeysInScript(`a="https://onlim.com/en/blog/"; b="https://cdn.onlim.com/w.js"; c="https://widget.intercom.io/widget/x"`);
    expect(keys).toEqual(['cdn.onlim.com/w.js', 'widget.intercom.io/widget/x']);
  });
});
