import { describe, expect, it } from 'vitest';
import { decodeCfEmail } from '../../../../src/core/extract/email/cloudflare.js';
import { deobfuscatedEmails } from '../../../../src/core/extract/email/deobfuscate.js';
import { emailExtractor } from '../../../../src/core/extract/email/email.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const emails = (html: string) => emailExtractor.extract(parsePage('https://acme.test/', html));

/** Cloudflare's encoding, written out here so the test does not trust the decoder it checks. */
function cfEncode(address: string, key: number): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(address)].map((b) => hex(b ^ key)).join('');
}

describe('deobfuscatedEmails', () => {
  it.each([
    ['sales [at] acme [dot] com', 'sales@acme.com'],
    ['sales(at)acme(dot)com', 'sales@acme.com'],
    ['sales (at) acme.co.uk', 'sales@acme.co.uk'],
    ['sales {at} acme {dot} com', 'sales@acme.com'],
    ['sales <at> acme <dot> de', 'sales@acme.de'],
    ['sales[@]acme[.]com', 'sales@acme.com'],
    ['info@acme [dot] com', 'info@acme.com'],
    ['kontakt (ät) acme (punkt) de', 'kontakt@acme.de'],
    ['sales AT acme DOT com', 'sales@acme.com'],
    ['mary.jones at acme dot io', 'mary.jones@acme.io'],
    ['support at acme-tools.de', 'support@acme-tools.de'],
    ['info @ acme.com', 'info@acme.com'],
    ['info @ acme . co . uk', 'info@acme.co.uk'],
  ])('%s → %s', (text, address) => {
    expect(deobfuscatedEmails(`Write to ${text} today.`).map((d) => d.address)).toEqual([address]);
  });

  it.each([
    'Meet at the office dot',
    'We meet at noon dot com events',
    'Visit us at acme.com',
    'Follow us @ acme.com',
    'Look at this dot com bubble',
    'Arrive at gate dot b',
    'sales at acme dot invalidtld',
    'Pick up at store.',
    'plain sales@acme.com is left to the plain scan',
  ])('not an address: %s', (text) => {
    expect(deobfuscatedEmails(text)).toEqual([]);
  });

  it('keeps the text as written and its position', () => {
    const [d] = deobfuscatedEmails('Mail: sales [at] acme [dot] com');
    expect(d).toEqual({ address: 'sales@acme.com', raw: 'sales [at] acme [dot] com', index: 6 });
  });
});

describe('emailExtractor: obfuscated text', () => {
  it('flags written-out addresses as obfuscated', () => {
    const [f] = emails('<p>Sales: jane [at] acme [dot] com</p>');
    expect(f).toMatchObject({ value: 'jane@acme.com', display: 'jane [at] acme [dot] com', role: 'sales' });
    expect(f?.flags).toContain('obfuscated');
  });

  it('reads &#64; entities in text as plain addresses', () => {
    expect(emails('<p>info&#64;acme.test</p>').map((f) => f.value)).toEqual(['info@acme.test']);
  });
});

describe('Cloudflare email protection', () => {
  it('decodes the XOR encoding (first byte is the key)', () => {
    expect(decodeCfEmail(cfEncode('sales@acme.test', 0x5a))).toBe('sales@acme.test');
    expect(decodeCfEmail(cfEncode('jürgen@acme.test', 0x13))).toBe('jürgen@acme.test');
  });

  it('rejects malformed payloads', () => {
    expect(decodeCfEmail('')).toBeUndefined();
    expect(decodeCfEmail('zz12')).toBeUndefined();
    expect(decodeCfEmail('abc')).toBeUndefined();
    expect(decodeCfEmail('00ff')).toBeUndefined(); // 0xff alone is not UTF-8
  });

  it('reads data-cfemail spans and email-protection links', () => {
    const span = cfEncode('support@acme.test', 0x21);
    const link = cfEncode('sales@acme.test', 0x7f);
    const html = `<p>Support: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${span}">[email&#160;protected]</a></p>
      <p><a href="/cdn-cgi/l/email-protection#${link}">Email sales</a></p>`;
    const got = emails(html);
    expect(got.map((f) => f.value).sort()).toEqual(['sales@acme.test', 'support@acme.test']);
    expect(got.find((f) => f.value === 'support@acme.test')?.flags).toContain('cloudflare');
    expect(got.find((f) => f.value === 'sales@acme.test')?.flags).toEqual(expect.arrayContaining(['cloudflare', 'mailto']));
    expect(got.find((f) => f.value === 'support@acme.test')?.role).toBe('support');
  });

  it('does not report the "[email protected]" placeholder text', () => {
    expect(emails('<p>[email&#160;protected]</p>')).toEqual([]);
  });
});
