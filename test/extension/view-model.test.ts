import { describe, expect, it } from 'vitest';
import { categoryGrade, GRADE_COLOURS, overallGrade } from '../../src/popup/grade.js';
import { safeHref, viewModel } from '../../src/popup/view-model.js';
import { crawlingState, doneState, finding, SITE } from './fixtures.js';

const NOW = new Date('2026-11-25T10:05:00.000Z');

describe('popup view-model', () => {
  it('while crawling: a progress bar of pages of the budget and depth, and findings so far', () => {
    const vm = viewModel(crawlingState(), NOW);
    expect(vm.status).toBe('crawling');
    expect(vm.progress).toEqual({ value: 5, max: 5, label: '5 of 5 pages planned, 1 click deep' });
    // Pages planned: read plus known and waiting, within the page budget.
    const planned = viewModel(crawlingState({ progress: { ...crawlingState().progress, queued: 12 } }), NOW).progress;
    expect(planned).toEqual({ value: 5, max: 17, label: '5 of 17 pages planned, 1 click deep' });
    expect(vm.contacts.map((c) => c.text)).toEqual(['1-800-555-0199']);
    expect(vm.canRerun).toBe(false);
    expect(vm.canExport).toBe(false);
  });

  it('when done: three scores with grades and colours, the overall grade from the report', () => {
    const vm = viewModel(doneState([finding({})]), NOW);
    expect(vm.status).toBe('done');
    expect(vm.headline).toContain('4 min ago');
    expect(vm.scores.map((s) => [s.id, s.value, s.grade])).toEqual([
      ['overall', 24, 'C'],
      ['sales', 11, 'A'],
      ['support', 40, 'D'],
    ]);
    expect(vm.scores[0]?.colour).toBe(GRADE_COLOURS.C);
    expect(vm.canExport && vm.canRerun).toBe(true);
  });

  it('click paths: the nearest direct contact for the role, as breadcrumb steps with their pages', () => {
    const vm = viewModel(
      doneState([
        finding({}),
        finding({
          kind: 'email',
          value: 'help@vendor.example',
          role: 'support',
          depth: 2,
          path: [`${SITE}/`, `${SITE}/help`, `${SITE}/help/contact`],
          pathText: ['Help', 'Contact support'],
          url: `${SITE}/help/contact`,
        }),
        finding({ kind: 'address', value: '1 Main St', role: 'support', depth: 0, path: [`${SITE}/`], pathText: [] }),
      ]),
      NOW,
    );
    const [sales, support] = vm.paths;
    expect(sales?.steps).toEqual([
      { text: 'Home', url: `${SITE}/` },
      { text: 'Contact', url: `${SITE}/contact` },
    ]);
    expect(sales?.summary).toBe('Call +18005550199 — 1 click');
    // The address is nearer but reaches nobody: the email two clicks deep is the path.
    expect(support?.steps.map((s) => s.text)).toEqual(['Home', 'Help', 'Contact support']);
  });

  it('says when a role has no contact at all', () => {
    const vm = viewModel(doneState([finding({})]), NOW);
    expect(vm.paths[1]).toEqual({ role: 'support', steps: [], summary: 'no support contact found within the crawl' });
  });

  it('a site that could not be read: "Could not audit" with the reason, a retry, and no scores or paths', () => {
    const { scores: _s, ...report } = doneState([]).report!;
    const failed = { ...report, outcome: { status: 'failed' as const, reason: 'the server answered 503' }, checks: [], findings: [] };
    const vm = viewModel(doneState([], { report: failed }), NOW);
    expect(vm.status).toBe('failed');
    expect(vm.notice).toBe('Could not audit vendor.example: the server answered 503');
    expect(vm.scores).toEqual([]);
    expect(vm.paths).toEqual([]);
    expect(vm.canRerun).toBe(true);
  });

  it('failed checks with their evidence, worst first; partial reports say why', () => {
    const vm = viewModel(
      doneState([], {
        report: {
          ...doneState([]).report!,
          outcome: { status: 'partial', reason: 'The tab navigated away' },
          partial: true,
          partialReason: 'The tab navigated away',
        },
      }),
      NOW,
    );
    expect(vm.failedChecks).toEqual([
      { title: 'Support contact within two clicks', category: 'support', explanation: 'Support is 3 clicks deep.', evidence: [`deepest — ${SITE}/x`] },
    ]);
    expect(vm.notice).toBe('Partial report: The tab navigated away');
  });

  it("the vendor's other sites: read or not, with the path to each", () => {
    const report = {
      ...doneState([]).report!,
      crawl: {
        vendorHosts: [
          {
            host: 'help.vendor.example',
            why: 'subdomain' as const,
            read: false,
            url: 'https://help.vendor.example/',
            path: [`${SITE}/`, 'https://help.vendor.example/'],
            pathText: ['Help centre'],
          },
          {
            host: 'vendor.zendesk.com',
            why: 'help-desk' as const,
            read: true,
            url: 'https://vendor.zendesk.com/',
            path: [`${SITE}/`, 'https://vendor.zendesk.com/'],
            pathText: ['Support'],
          },
        ],
      },
    };
    const vm = viewModel(doneState([], { report }), NOW);
    expect(vm.otherHosts).toEqual([
      {
        host: 'help.vendor.example',
        what: "Another site of the vendor's",
        read: false,
        steps: [
          { text: 'Home', url: `${SITE}/` },
          { text: 'Help centre', url: 'https://help.vendor.example/' },
        ],
      },
      expect.objectContaining({ host: 'vendor.zendesk.com', what: 'Help desk', read: true }),
    ]);
    expect(viewModel(doneState([]), NOW).otherHosts).toEqual([]);
  });

  it('contacts: call, write, copy and open actions; page-supplied URLs never become javascript: links', () => {
    const vm = viewModel(
      doneState([
        finding({ flags: ['toll-free', 'tel-link'] }),
        finding({ kind: 'email', value: 'sales@vendor.example', url: 'javascript:alert(1)' }),
        finding({ kind: 'chat', value: 'intercom', url: `${SITE}/` }),
      ]),
      NOW,
    );
    // Grouped by channel in plain words (phone, chat, email...), flags as words.
    expect(vm.contacts.map((c) => c.channel)).toEqual(['Phone', 'Chat', 'Email']);
    expect(vm.contacts[0]?.actions.map((a) => a.label)).toEqual(['Call', 'Copy', 'Open']);
    expect(vm.contacts[0]?.flags).toEqual(['free to call']);
    expect(vm.contacts[2]?.actions.map((a) => `${a.label}:${a.value}`)).toEqual(['Write:mailto:sales@vendor.example', 'Copy:sales@vendor.example']);
    expect(vm.contacts[1]?.actions.map((a) => a.label)).toEqual(['Open']);
  });

  it('one row per contact: a number listed for sales and for support is one, for both', () => {
    const vm = viewModel(
      doneState([finding({ role: 'sales' }), finding({ role: 'support' }), finding({ kind: 'messaging', value: 'whatsapp', display: '+4915112345678' })]),
      NOW,
    );
    expect(vm.contacts.map((c) => [c.channel, c.role])).toEqual([
      ['Phone', 'sales and support'],
      ['WhatsApp', 'sales'],
    ]);
    expect(safeHref('data:text/html,x')).toBe('');
  });

  it('errors are shown with a re-run', () => {
    const vm = viewModel(crawlingState({ status: 'error', error: 'Could not start' }), NOW);
    expect(vm).toMatchObject({ status: 'error', notice: 'Could not start', canRerun: true });
  });
});

describe('grades', () => {
  it('overall bands follow the engine (A below 10 ... F from 40); categories count 0.8 of them', () => {
    expect([0, 9.9, 10, 29.9, 39.9, 40, 100].map(overallGrade)).toEqual(['A', 'A', 'B', 'C', 'D', 'F', 'F']);
    expect([12, 12.5, 49.9, 50].map(categoryGrade)).toEqual(['A', 'B', 'D', 'F']);
  });
});
