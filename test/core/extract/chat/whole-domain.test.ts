import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { CHAT_VENDORS } from '../../../../src/core/extract/chat/vendors.js';
import { isBareDomain } from '../../../../src/core/extract/chat/site-of-host.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Ordinary rows that also list their vendor's registrable domain (vendors.ts): a chat-only vendor's
// script or iframe from a host or path its docs do not name yet is still its widget; the domains of
// vendors that sell more than chat are not listed, so their help centres and forms stay no chat.
const found = (html: string) =>
  chatExtractor
    .extract(parsePage('https://acme-outdoor.test/', `<html><head></head><body>${html}</body></html>`))
    .map((f) => `${f.value} [${f.flags.join(', ')}]`);

describe('whole-domain entries of ordinary rows', () => {
  it('a loader on a host or path the install docs do not show is the vendor widget', () => {
    expect(found('<script async src="https://cdn.olark.com/loader/v3.js"></script>')).toEqual(['olark [script]']);
    expect(found('<script src="https://eu.landbot.io/umd/landbot-4.2.0.js"></script>')).toEqual(['landbot [script, bot]']);
    expect(found('<iframe src="https://app.purechat.com/visitor/frame/42"></iframe>')).toEqual(['purechat [iframe]']);
  });

  it("multi-product vendors' help centres, forms and analytics are no chat", () => {
    const html = `
      <script src="https://static.zdassets.com/hc/assets/help_center.js"></script>
      <script src="https://js.hsforms.net/forms/embed/v2.js"></script>
      <script src="https://js.hs-analytics.net/analytics/1700000000000/123.js"></script>
      <script src="https://widget.freshworks.com/widgets/12345.js"></script>
      <script src="https://forms.zohopublic.com/acme/form/Feedback/formperma/abc.js"></script>
      <iframe src="https://reviews.podium.com/embed/acme"></iframe>`;
    expect(found(html)).toEqual([]);
  });

  it('a page that links to chat-only vendors or quotes their pages in its state has no chat', () => {
    const html = `
      <p>Compare <a href="https://www.olark.com/pricing">Olark</a>, <a href="https://landbot.io/">Landbot</a> and
      <a href="https://www.tidio.com/blog/">Tidio</a>.</p>
      <img src="https://www.olark.com/images/logo.svg" alt="Olark">
      <script>window.__STATE__ = {"related": ["https://www.tidio.com/blog/chatbot-examples/", "https://help.landbot.io/article/123"]};</script>`;
    expect(found(html)).toEqual([]);
  });

  it('an inline snippet that names the service host alone and adds the path later is the vendor widget', () => {
    const giosg = `<script>(function(w,t,f){var s='script',h='https://service.giosg.com',e=t.createElement(s);e.async=1;e.src=h+'/live2/'+f;t.head.appendChild(e)})(window,document,'acme');</script>`;
    expect(found(giosg)).toEqual(['giosg [inline-snippet]']);
    // The homepage (www or the bare domain) and pages with a path are links, not loaders.
    const links = `<script>window.__STATE__ = {"vendors": ["https://www.giosg.com", "https://giosg.com", "https://help.giosg.com/articles/42"]};</script>`;
    expect(found(links)).toEqual([]);
  });

  it('no row lists a shared CDN or a multi-product domain as its whole domain', () => {
    const notWhole = [
      'amazonaws.com',
      'cloudfront.net',
      'googleapis.com',
      'jsdelivr.net',
      'unpkg.com',
      'fastly.net',
      'zdassets.com',
      'zendesk.com',
      'hubspot.com',
      'zohopublic.com',
      'podium.com',
      'shopify.com',
    ];
    const listed = CHAT_VENDORS.flatMap((v) => v.scripts.filter((s) => isBareDomain(s) && notWhole.includes(s)).map((s) => `${v.id}: ${s}`));
    expect(listed).toEqual([]);
  });
});
