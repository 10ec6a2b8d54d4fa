import { describe, expect, it } from 'vitest';
import { chatExtractor } from '../../../../src/core/extract/chat/chat.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Embeds as the rows' own sources show them (vendor-table.json `source`), account ids replaced:
// each must be found as its vendor, from the evidence the source documents.
const found = (html: string) =>
  chatExtractor.extract(parsePage('https://acme-outdoor.test/', `<html><head></head><body>${html}</body></html>`)).map((f) => f.value);

describe('embeds documented by the rows added for issue #15', () => {
  it.each([
    [
      'alive5',
      `<script>(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return;
        js = d.createElement(s); js.id = id; js.src="//alive5.com/js/a5app.js";
        js.setAttribute("data-widget_code_id", "00000000-1111-2222-3333-444455556666");
        fjs.parentNode.insertBefore(js, fjs);}(document, "script", "a5widget"));</script>`,
    ],
    ['hoory', '<script src="https://embed.hoory.com/embed.js" async></script>'],
    ['hoory', `<button onclick="window.hoory.openChat()">Chat with us</button>`],
    [
      'qiscus-omnichannel-widget',
      `<script>var s = document.createElement("script"); s.src = "https://omnichannel.qiscus.com/js/qismo-v5.js"; s.async = true;
        s.onload = function () { new Qismo("app-id-123", { options: { channel_id: 1 } }); };
        document.head.appendChild(s);</script>`,
    ],
    ['rotic', '<script src="https://api.rotic.ir/v1/enterprise/BUSINESS/widget/BOT"></script>'],
    ['wikit-semantics-chat', '<iframe src="https://semantics-chat.wikit.ai/chat?id=1"></iframe>'],
    // Entries added to earlier rows from the vendors' own repositories and plugins (issue #15, tenth pass).
    ['unblu', '<script src="https://reference.unblu.com/unblu/visitor.js?x-unblu-apikey=KEY"></script>'],
    ['unblu', '<script src="https://chat.acme-outdoor.test/unblu/visitor.js"></script>'],
    ['collect-chat', '<iframe src="https://links.collect.chat/0123456789abcdef01234567"></iframe>'],
    ['ikeono', '<script src="https://widget.acme-cdn.test/ikwshim.js" defer></script>'],
    ['velaro', `<script>var s=document.createElement('script');s.src='//galleryuseastprod.blob.core.windows.net/velaroscripts/12345/globals.js';</script>`],
  ])('%s', (vendor, html) => {
    expect(found(html)).toEqual([vendor]);
  });

  it('a page that links to these vendors has no chat', () => {
    const html = `<p>Compare <a href="https://alive5.com/">Alive5</a>, <a href="https://www.hoory.com/pricing">Hoory</a>,
      <a href="https://www.qiscus.com/">Qiscus</a>, <a href="https://rotic.ir/">Rotic</a>, <a href="https://www.quickchat.ai/">Quickchat</a>
      and <a href="https://www.superchat.com/en">Superchat</a>.</p><img src="https://www.superchat.com/logo.svg" alt="">`;
    expect(found(html)).toEqual([]);
  });
});
