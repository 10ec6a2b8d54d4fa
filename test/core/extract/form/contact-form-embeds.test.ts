import { describe, expect, it } from 'vitest';
import { contactFormExtractor } from '../../../../src/core/extract/form/contact-form.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const URL = 'https://www.acme.example/contact';
const run = (body: string, title = 'Contact us') =>
  contactFormExtractor.extract(parsePage(URL, `<html><head><title>${title}</title></head><body>${body}</body></html>`));

describe('contactFormExtractor: forms rendered by a service', () => {
  it('finds a HubSpot script embed at the page URL, with the role from its heading', () => {
    const html =
      '<main><h2>Talk to sales</h2><script src="//js.hsforms.net/forms/embed/v2.js"></script><script>hbspt.forms.create({ region: "na1", portalId: "1", formId: "x" });</script></main>';
    expect(run(html)).toEqual([{ kind: 'form', value: URL, role: 'sales', flags: ['embed:hubspot'], context: 'Talk to sales', region: 'main' }]);
  });

  it.each([
    ['typeform widget', '<div data-tf-widget="AbC123"></div>', 'https://form.typeform.com/to/AbC123', 'typeform'],
    ['typeform live embed', '<div data-tf-live="01HXYZ"></div>', URL, 'typeform'],
    ['jotform iframe', '<iframe src="https://form.jotform.com/231234567"></iframe>', 'https://form.jotform.com/231234567', 'jotform'],
    ['jotform script', '<script src="https://form.jotform.com/jsform/231234567"></script>', 'https://form.jotform.com/jsform/231234567', 'jotform'],
    [
      'google forms iframe',
      '<iframe data-src="https://docs.google.com/forms/d/e/1FA/viewform?embedded=true"></iframe>',
      'https://docs.google.com/forms/d/e/1FA/viewform?embedded=true',
      'google-forms',
    ],
    ['marketo', '<form id="mktoForm_1"></form><script>MktoForms2.loadForm("//app-ab.marketo.com", "123", 1);</script>', URL, 'marketo'],
    [
      'formstack script',
      '<script src="https://acme.formstack.com/forms/js.php/contact_us"></script>',
      'https://acme.formstack.com/forms/js.php/contact_us',
      'formstack',
    ],
    [
      'wufoo embed snippet',
      "<div id=\"wufoo-m1abc\"></div><script>(function(d,t){var s=d.createElement(t);s.src=('https:'==d.location.protocol?'https://':'http://')+'secure.wufoo.com/scripts/embed/form.js';})(document,'script');</script>",
      URL,
      'wufoo',
    ],
    ['ninja forms container', '<div id="nf-form-3-cont" class="nf-form-cont"><div class="nf-loading-spinner"></div></div>', URL, 'ninja-forms'],
  ])('finds a %s', (_name, html, value, service) => {
    expect(run(html)).toEqual([expect.objectContaining({ value, flags: [`embed:${service}`] })]);
  });

  it('reports a service once when its rendered form is also in the page (live DOM)', () => {
    const html =
      '<script>hbspt.forms.create({ formId: "x" });</script>' +
      '<form class="hs-form" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/1/x"><input type="email" name="email"><textarea name="message"></textarea></form>';
    const found = run(html);
    expect(found).toHaveLength(1);
    expect(found[0]?.flags).toEqual(['asks-email', 'embed:hubspot']);
  });

  it('reports a Wufoo form once when its frame, snippet and loader are all in the page (live DOM)', () => {
    const html =
      '<iframe src="https://acme.wufoo.com/embed/m1abc/"></iframe><script src="https://secure.wufoo.com/scripts/embed/form.js"></script>' +
      '<script>var s=document.createElement("script");s.src="https://secure.wufoo.com/scripts/embed/form.js";</script>';
    expect(run(html)).toEqual([expect.objectContaining({ value: 'https://acme.wufoo.com/embed/m1abc/', flags: ['embed:wufoo'] })]);
  });

  it('reads a Formstack loader held back by a consent manager', () => {
    const html = '<script type="text/plain" data-cmplz-src="https://acme.formstack.com/forms/js.php/contact_us"></script>';
    expect(run(html)).toEqual([expect.objectContaining({ flags: ['embed:formstack'] })]);
  });

  it.each([
    ['a quoted embed in JSON', '<script type="application/ld+json">{"text":"s.src=\'secure.wufoo.com/scripts/embed/form.js\'"}</script>'],
    ['a newsletter signup', '<h2>Subscribe to our newsletter</h2><script>hbspt.forms.create({ formId: "n" });</script>'],
    ['a survey', '<iframe title="Customer survey" src="https://form.typeform.com/to/abc"></iframe>'],
    ['a whitepaper download', '<h2>Download the whitepaper</h2><iframe src="https://go.pardot.com/l/1/2"></iframe>'],
    ['an unrelated iframe', '<iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="https://www.google.com/recaptcha/api2/anchor"></iframe>'],
    ['a script mentioning nothing', '<script>window.hbspt = {};</script>'],
  ])('skips %s', (_name, html) => {
    expect(run(html)).toEqual([]);
  });
});
