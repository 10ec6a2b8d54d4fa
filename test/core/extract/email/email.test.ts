import { describe, expect, it } from 'vitest';
import { emailExtractor, mailtoAddresses } from '../../../../src/core/extract/email/email.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const emails = (html: string, url = 'https://acme.test/contact') => emailExtractor.extract(parsePage(url, html));
const values = (html: string) =>
  emails(html)
    .map((f) => f.value)
    .sort();
const one = (html: string, value: string) => emails(html).find((f) => f.value === value);

describe('emailExtractor: mailto links', () => {
  it('reads a mailto link, drops the query and lower-cases', () => {
    const f = one('<p>Write to <a href="mailto:Sales@Acme.TEST?subject=Quote">our team</a></p>', 'sales@acme.test');
    expect(f).toMatchObject({ kind: 'email', display: 'Sales@Acme.TEST', role: 'sales' });
    expect(f?.flags).toEqual(expect.arrayContaining(['mailto', 'role-address']));
  });

  it('decodes %40 and splits lists of addresses', () => {
    expect(mailtoAddresses('mailto:a%40acme.test,b@acme.test;c@acme.test?cc=d@acme.test')).toEqual(['a@acme.test', 'b@acme.test', 'c@acme.test']);
    expect(values('<a href="mailto:jane%40acme.test, joe@acme.test">Mail</a>')).toEqual(['jane@acme.test', 'joe@acme.test']);
  });

  it('reads entity-encoded mailto hrefs', () => {
    const html = '<a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;help&#64;acme.test">Help</a>';
    expect(one(html, 'help@acme.test')?.flags).toContain('mailto');
  });

  it('reads an obfuscated address inside a mailto href', () => {
    expect(one('<a href="mailto:info(at)acme.test">Mail</a>', 'info@acme.test')?.flags).toEqual(expect.arrayContaining(['mailto', 'obfuscated']));
  });

  it('ignores non-mailto links and mailto links with nothing valid', () => {
    expect(values('<a href="/contact">info@</a><a href="mailto:">Mail</a><a href="mailto:?subject=hi">Share</a>')).toEqual([]);
  });

  it('keeps a stray percent sign as written instead of throwing', () => {
    expect(values('<a href="mailto:100%off@acme.test">x</a>')).toEqual(['100%off@acme.test']);
  });
});

describe('emailExtractor: visible text', () => {
  it('finds plain addresses once, merging the link and its text', () => {
    const got = emails('<footer><p>Email: <a href="mailto:hello@acme.test">hello@acme.test</a></p></footer>');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: 'hello@acme.test', region: 'footer' });
    expect(got[0]?.flags).toContain('mailto');
  });

  it('keeps the address as written in display and a context line', () => {
    const f = one('<p>Questions about an order? Jane.Doe.Smith@Acme.test answers within a day.</p>', 'jane.doe.smith@acme.test');
    expect(f?.display).toBe('Jane.Doe.Smith@Acme.test');
    expect(f?.context).toContain('Questions about an order?');
  });

  it('does not read scripts, styles, templates or form placeholders', () => {
    const html = `<script>var x = "dev@acme.test";</script><style>/* css@acme.test */</style>
      <template><p>tpl@acme.test</p></template><input type="email" placeholder="you@acme.test">
      <div hidden><script>var y = "hiddenscript@acme.test";</script></div>`;
    expect(values(html)).toEqual([]);
  });

  it('reads collapsed tabs and accordions, flagged collapsed', () => {
    const html = `<h3>Sales</h3><div class="panel" style="display: none"><p>Write to <b>jane@acme.test</b></p>
      <p><a href="mailto:joe@acme.test">Joe</a></p></div><section hidden><p>Support: help [at] acme [dot] com</p></section>`;
    const got = emails(html);
    expect(got.map((f) => f.value).sort()).toEqual(['help@acme.com', 'jane@acme.test', 'joe@acme.test']);
    expect(got.every((f) => f.flags.includes('collapsed'))).toBe(true);
    expect(got.find((f) => f.value === 'jane@acme.test')?.role).toBe('sales');
    expect(got.find((f) => f.value === 'help@acme.com')?.flags).toContain('obfuscated');
  });

  it('an address also shown openly is not collapsed', () => {
    const got = emails('<div hidden><p>info@acme.test</p></div><p>info@acme.test</p>');
    expect(got).toHaveLength(1);
    expect(got[0]?.flags).not.toContain('collapsed');
  });

  it('rejects asset names, placeholders and tracker hashes', () => {
    const html = `<p>logo@2x.png icon@3x.webp bundle@1.2.3.js you@example.com name@domain.com me@email.com
      yourname@acme.test 3f2a9c1b4d5e6f708192a3b4c5d6e7f8@o12345.ingest.sentry.io a@sentry.io jquery@3.6.0</p>`;
    expect(values(html)).toEqual([]);
    expect(values('<p>jane.doe@acme.test max.mustermann@acme.test firstname.lastname@acme.test</p>')).toEqual([]);
  });

  it('accepts long TLDs and subdomains, not 25-letter TLDs', () => {
    expect(values('<p>a@acme.photography b@acme.co.uk c@acme.abcdefghijklmnopqrstuvwxy</p>')).toEqual(['a@acme.photography', 'b@acme.co.uk']);
  });

  it('accepts internationalised domains, lower-cased', () => {
    expect(values('<p>Schreiben Sie an Info@Müller-Holz.de oder kontakt@xn--mller-kva.de.</p>')).toEqual(['info@müller-holz.de', 'kontakt@xn--mller-kva.de']);
  });

  it('parts addresses from CJK text glued to them', () => {
    expect(values('<p>邮箱info@acme.cn谢谢</p>')).toEqual(['info@acme.cn']);
  });
});

describe('emailExtractor: flags', () => {
  it.each(['noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'mailer-daemon', 'noreply+orders'])('%s@ is noreply', (local) => {
    expect(one(`<p>${local}@acme.test</p>`, `${local}@acme.test`)?.flags).toContain('noreply');
  });

  it('a person is neither noreply nor a role address', () => {
    expect(one('<p>replyguy@acme.test</p>', 'replyguy@acme.test')?.flags).toEqual([]);
  });

  it('info@ and press@ are role addresses', () => {
    expect(one('<p>info@acme.test</p>', 'info@acme.test')?.flags).toContain('role-address');
    expect(one('<p>press@acme.test</p>', 'press@acme.test')?.flags).toContain('role-address');
  });
});

describe('emailExtractor: role', () => {
  it.each([
    ['vertrieb', 'sales'],
    ['ventes', 'sales'],
    ['ventas', 'sales'],
    ['wholesale', 'sales'],
    ['support', 'support'],
    ['help', 'support'],
    ['service', 'support'],
    ['kundenservice', 'support'],
    ['sav', 'support'],
    ['soporte', 'support'],
    ['assistenza', 'support'],
    ['press', 'general'],
  ])('%s@ is %s whatever the heading says', (local, role) => {
    const html = `<h2>${role === 'sales' ? 'Support' : 'Sales'}</h2><p>${local}@acme.test</p>`;
    expect(one(html, `${local}@acme.test`)?.role).toBe(role);
  });

  it('otherwise the label before the address decides', () => {
    const html = '<p>Sales enquiries: jane@acme.test — Technical support: joe@acme.test</p>';
    expect(one(html, 'jane@acme.test')?.role).toBe('sales');
    expect(one(html, 'joe@acme.test')?.role).toBe('support');
  });

  it("reads a link's own words first: its text, aria-label or title", () => {
    const html = `<h2>Sales</h2><p><a href="mailto:jane@acme.test">Email technical support</a>
      <a href="mailto:joe@acme.test" aria-label="Email customer service"><svg></svg></a></p>`;
    expect(one(html, 'jane@acme.test')?.role).toBe('support');
    expect(one(html, 'joe@acme.test')?.role).toBe('support');
  });

  it('then the heading, then the page title', () => {
    expect(one('<h2>Customer service</h2><p>Write to jane@acme.test</p>', 'jane@acme.test')?.role).toBe('support');
    const titled = emailExtractor.extract(parsePage('https://acme.test/x', '<title>Contact sales</title><p>jane@acme.test</p>'));
    expect(titled[0]?.role).toBe('sales');
  });

  it("does not read team words in the address's own domain", () => {
    const html = '<h2>Customer service</h2><p><a href="mailto:jane@sales-tools.test">jane@sales-tools.test</a></p>';
    expect(one(html, 'jane@sales-tools.test')?.role).toBe('support');
  });

  it('says general when nothing names a role', () => {
    expect(one('<h2>Contact</h2><p>info@acme.test</p>', 'info@acme.test')?.role).toBe('general');
  });
});

describe('emailExtractor: schema.org JSON-LD', () => {
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it('reads email properties with the ContactPoint contactType as the role', () => {
    const html = ld({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      email: 'mailto:info@acme.test',
      contactPoint: [
        { '@type': 'ContactPoint', contactType: 'customer service', email: 'jane@acme.test' },
        { '@type': 'ContactPoint', contactType: 'sales', email: ['joe@acme.test'] },
      ],
    });
    const got = emails(html);
    expect(got.map((f) => [f.value, f.role])).toEqual([
      ['info@acme.test', 'general'],
      ['jane@acme.test', 'support'],
      ['joe@acme.test', 'sales'],
    ]);
    expect(got.every((f) => f.flags.includes('schema-org'))).toBe(true);
  });

  it('skips broken JSON-LD and non-string emails', () => {
    expect(values('<script type="application/ld+json">{"email": "a@acme.test",</script>')).toEqual([]);
    expect(values(ld({ email: { value: 'a@acme.test' } }))).toEqual([]);
  });

  it('merges a JSON-LD address with the same address on the page', () => {
    const got = emails(`${ld({ email: 'help@acme.test' })}<p>Mail help@acme.test</p>`);
    expect(got).toHaveLength(1);
    expect(got[0]?.flags).toEqual(expect.arrayContaining(['schema-org', 'role-address']));
  });
});

describe('emailExtractor: hostile pages', () => {
  it('stays fast on long lines of near-addresses and many distinct addresses', () => {
    const junk = `${'a'.repeat(5000)}@${'b.'.repeat(3000)} ${'x at '.repeat(3000)}${'y.'.repeat(4000)}`;
    const many = Array.from({ length: 2000 }, (_, i) => `<p>person${i}@acme.test</p>`).join('');
    const started = Date.now();
    const got = emails(`<p>${junk}</p>${many}`);
    expect(got).toHaveLength(2000);
    // Generous: the machine is shared; before the bounds this took tens of seconds.
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
