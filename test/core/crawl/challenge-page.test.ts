// Block and challenge pages written here after each vendor's documented marks (not copied pages),
// and look-alikes a real site has: the vendors' scripts on pages they let through, help articles.
import { describe, expect, it } from 'vitest';
import { challengeOf } from '../../../src/core/crawl/challenge-page.js';

const page = (title: string, body = '') => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('challengeOf', () => {
  it('recognises each vendor by its header or its block page', () => {
    expect(challengeOf({ status: 403, headers: { 'cf-mitigated': 'challenge' }, body: page('Just a moment...') })).toBe('Cloudflare');
    expect(challengeOf({ status: 200, headers: { 'cf-mitigated': 'challenge' }, body: '' })).toBe('Cloudflare');
    expect(challengeOf({ status: 503, body: page('Just a moment...', '<script>window._cf_chl_opt={}</script>') })).toBe('Cloudflare');
    expect(challengeOf({ status: 403, body: page('Attention Required! | Cloudflare') })).toBe('Cloudflare');
    expect(challengeOf({ status: 403, headers: { 'x-datadome': 'protected' }, body: '<html></html>' })).toBe('DataDome');
    expect(challengeOf({ status: 403, body: '<script src="https://ct.captcha-delivery.com/c.js"></script>' })).toBe('DataDome');
    expect(challengeOf({ status: 403, body: page('Access to this page has been denied', '<div id="px-captcha"></div>') })).toBe('PerimeterX (HUMAN)');
    expect(challengeOf({ status: 200, body: page('', 'Request unsuccessful. Incapsula incident ID: 123-456') })).toBe('Imperva');
    expect(challengeOf({ status: 403, body: page('Sucuri WebSite Firewall - Access Denied') })).toBe('Sucuri');
    const akamai = page(
      'Access Denied',
      '<h1>Access Denied</h1>You don\'t have permission to access "/" on this server.<p>Reference #18.2d351ab8.1557333295.a4e16ab</p>',
    );
    expect(challengeOf({ status: 403, body: akamai })).toBe('Akamai');
  });

  it('recognises a CAPTCHA wall: a human check title and a CAPTCHA widget', () => {
    expect(challengeOf({ status: 200, body: page('Are you a robot?', '<div class="g-recaptcha" data-sitekey="x"></div>') })).toBe('a CAPTCHA');
    expect(challengeOf({ status: 200, body: page('Security check', '<div class="cf-turnstile"></div>') })).toBe('a CAPTCHA');
    // In every language pack's words (locale/packs/crawl: blockPage.robotCheck).
    expect(challengeOf({ status: 200, body: page('Sicherheitsüberprüfung', '<div class="g-recaptcha"></div>') })).toBe('a CAPTCHA');
    expect(challengeOf({ status: 200, body: page('Vérification de sécurité', '<div class="h-captcha"></div>') })).toBe('a CAPTCHA');
    expect(challengeOf({ status: 200, body: page('Проверка безопасности', '<div class="cf-turnstile"></div>') })).toBe('a CAPTCHA');
    expect(challengeOf({ status: 200, body: page('安全验证', '<div class="g-recaptcha"></div>') })).toBe('a CAPTCHA');
  });

  it('leaves real pages alone: a vendor script on a page it let through, a contact form with a CAPTCHA, a help article', () => {
    const normal = page('Acme – Contact', '<h1>Contact</h1><p>Call +1 202 555 0143</p><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>');
    expect(challengeOf({ status: 200, headers: {}, body: normal })).toBeUndefined();
    expect(challengeOf({ status: 200, headers: { 'x-datadome': 'protected' }, body: normal })).toBeUndefined();
    expect(challengeOf({ status: 200, body: page('Contact us', '<form><textarea></textarea><div class="g-recaptcha"></div></form>') })).toBeUndefined();
    const article = page('How we use Cloudflare', `<p>${'Our site shows "Just a moment..." while it checks your browser. '.repeat(300)}</p>`);
    expect(challengeOf({ status: 200, body: article })).toBeUndefined();
    expect(challengeOf({ status: 404, body: page('Not found') })).toBeUndefined();
  });
});
