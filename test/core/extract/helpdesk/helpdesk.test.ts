import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpdeskExtractor } from '../../../../src/core/extract/helpdesk/helpdesk.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const run = (body: string, url = 'https://www.acme.example/contact', title = 'Contact') =>
  helpdeskExtractor.extract(parsePage(url, `<html><head><title>${title}</title></head><body>${body}</body></html>`));

describe('helpdeskExtractor: links', () => {
  it('finds a Zendesk ticket form, absolute, with role support and flags', () => {
    expect(run('<main><a href="https://acme.zendesk.com/hc/en-us/requests/new#top">Submit a request</a></main>')).toEqual([
      {
        kind: 'helpdesk',
        value: 'https://acme.zendesk.com/hc/en-us/requests/new',
        display: 'Submit a request',
        role: 'support',
        flags: ['ticket', 'zendesk'],
        context: 'Submit a request',
        region: 'main',
      },
    ]);
  });

  it('merges one portal: the help centre and its ticket link become one finding with the ticket URL', () => {
    const found = run(
      '<footer><a href="https://acme.zendesk.com/hc/en-us">Help Center</a><a href="https://acme.zendesk.com/hc/en-us/articles/1">Reset password</a></footer>' +
        '<main><a href="https://acme.zendesk.com/hc/en-us/requests/new">Contact support</a></main>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 'https://acme.zendesk.com/hc/en-us/requests/new', flags: ['zendesk', 'ticket'], region: 'main' });
  });

  it.each([
    ['https://acme.freshdesk.com/support/tickets/new', 'freshdesk', 'ticket'],
    ['https://acme.helpscoutdocs.com/', 'helpscout', 'help-centre'],
    ['https://acme.atlassian.net/servicedesk/customer/portal/2', 'jira-service-management', 'ticket'],
    ['https://acme.service-now.com/csm', 'servicenow', 'help-centre'],
    ['https://acme.zohodesk.com/portal/en/home', 'zoho-desk', 'help-centre'],
    ['https://help.acme.example/hc/de', 'zendesk', 'help-centre'],
  ])('recognises %s', (href, vendor, kind) => {
    const [found] = run(`<a href="${href}">Help</a>`);
    expect(found?.value).toBe(href);
    expect(found?.flags).toEqual([kind, vendor]);
  });

  it('recognises support./help. subdomains of the vendor, relative ticket paths and ticket wording in seven languages', () => {
    const found = run(
      '<a href="https://support.acme.example/">Support</a>' +
        '<a href="/support/tickets/new">New</a>' +
        '<a href="https://other.example/x">Ticket erstellen</a>',
    );
    expect(found.map((f) => [f.value, f.flags])).toEqual([
      ['https://support.acme.example/', ['help-centre']],
      ['https://www.acme.example/support/tickets/new', ['ticket']],
      ['https://other.example/x', ['ticket']],
    ]);
  });

  it.each([
    'Submit a request',
    'Open a ticket',
    'Ticket erstellen',
    'Ouvrir un ticket',
    'Abrir un ticket',
    'Apri un ticket',
    'Ticket aanmaken',
    'Abrir um chamado',
  ])('reads "%s" as a ticket link', (text) => {
    expect(run(`<a href="/x">${text}</a>`)[0]?.flags).toEqual(['ticket']);
  });
});

describe('helpdeskExtractor: the page itself', () => {
  it('is a helpdesk when it is a ticket form', () => {
    const found = run('<form></form>', 'https://acme.zendesk.com/hc/en-us/requests/new', 'Submit a request – Acme');
    expect(found).toEqual([expect.objectContaining({ value: 'https://acme.zendesk.com/hc/en-us/requests/new', flags: ['ticket', 'zendesk'] })]);
  });

  it('is not one for being on a support subdomain alone', () => {
    expect(run('<p>Articles</p>', 'https://support.acme.example/articles/1', 'Articles')).toEqual([]);
  });
});

describe('helpdeskExtractor: negatives', () => {
  it.each([
    ['an FAQ link on the main site', '<footer><a href="/help">Help</a> <a href="/faq">FAQ</a></footer>'],
    ['a support page on the main site', '<a href="/support">Support</a>'],
    ["the platform's own site", '<a href="https://www.zendesk.com/?utm_source=x">Powered by Zendesk</a>'],
    ['Jira that is not a service desk', '<a href="https://acme.atlassian.net/wiki/spaces/DOC">Docs</a>'],
    ["another company's support subdomain", '<a href="https://support.other.example/">Support</a>'],
    ['a bare domain named support', '<a href="https://support.example/">Support</a>'],
    ['non-web links', '<a href="mailto:help@acme.example">Submit a request</a><a href="javascript:void(0)">Open a ticket</a>'],
    ['event tickets', '<a href="/tickets">Buy tickets</a>'],
  ])('%s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('helpdeskExtractor: odd HTML', () => {
  const pieces = [
    '<a href="',
    '">',
    '</a>',
    'https://acme.zendesk.com/hc/en-us/requests/new',
    '//support.acme.example',
    'http://[::1',
    '%zz',
    'Submit a request',
    '#',
    'mailto:',
    '<area href="',
    '"',
  ];
  it('never throws and returns one absolute support finding per origin', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const found = run(parts.join(''));
        const origins = found.map((f) => new globalThis.URL(f.value).origin);
        expect(new Set(origins).size).toBe(origins.length);
        for (const f of found) expect(f.role).toBe('support');
      }),
      { numRuns: 200 },
    );
  });
});
