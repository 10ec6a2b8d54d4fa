import { describe, expect, it } from 'vitest';
import { categoryGrade, GRADE_COLOURS, overallGrade } from '../../src/popup/grade.js';
import { safeHref, viewModel } from '../../src/popup/view-model.js';
import { translator } from '../../src/core/i18n/catalogue.js';
import { crawlingState, doneState, finding, SITE } from './fixtures.js';

const NOW = new Date('2026-11-25T10:05:00.000Z');
const en = translator('en');
const de = translator('de');

describe('popup view-model', () => {
  it('while crawling: a progress bar of pages of the budget and depth, and findings so far', () => {
    const vm = viewModel(crawlingState(), en, NOW);
    expect(vm.status).toBe('crawling');
    expect(vm.progress).toEqual({ value: 5, max: 5, label: '5 of 5 pages planned, 1 click deep' });
    // Pages planned: read plus known and waiting, within the page budget.
    const planned = viewModel(crawlingState({ progress: { ...crawlingState().progress, queued: 12 } }), en, NOW).progress;
    expect(planned).toEqual({ value: 5, max: 17, label: '5 of 17 pages planned, 1 click deep' });
    expect(vm.contacts.map((c) => c.text)).toEqual(['1-800-555-0199']);
    expect(vm.canRerun).toBe(false);
    expect(vm.canExport).toBe(false);
  });

  it('when done: three scores with grades and colours, the overall grade from the report', () => {
    const vm = viewModel(doneState([finding({})]), en, NOW);
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
      en,
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
    const vm = viewModel(doneState([finding({})]), en, NOW);
    expect(vm.paths[1]).toEqual({ role: 'support', steps: [], summary: 'no support contact found within the crawl' });
  });

  it('a site that could not be read: "Could not audit" with the reason, a retry, and no scores or paths', () => {
    const { scores: _s, ...report } = doneState([]).report!;
    const failed = { ...report, outcome: { status: 'failed' as const, reason: 'the server answered 503' }, checks: [], findings: [] };
    const vm = viewModel(doneState([], { report: failed }), en, NOW);
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
      en,
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
    const vm = viewModel(doneState([], { report }), en, NOW);
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
    expect(viewModel(doneState([]), en, NOW).otherHosts).toEqual([]);
  });

  it('contacts: call, write, copy and open actions; page-supplied URLs never become javascript: links', () => {
    const vm = viewModel(
      doneState([
        finding({ flags: ['toll-free', 'tel-link'] }),
        finding({ kind: 'email', value: 'sales@vendor.example', url: 'javascript:alert(1)' }),
        finding({ kind: 'chat', value: 'intercom', url: `${SITE}/` }),
      ]),
      en,
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
      en,
      NOW,
    );
    expect(vm.contacts.map((c) => [c.channel, c.role, c.roleText])).toEqual([
      ['Phone', 'both', 'sales and support'],
      ['WhatsApp', 'sales', 'sales'],
    ]);
    expect(safeHref('data:text/html,x')).toBe('');
  });

  it('errors are shown with a re-run', () => {
    const vm = viewModel(crawlingState({ status: 'error', error: 'Could not start' }), en, NOW);
    expect(vm).toMatchObject({ status: 'error', notice: 'Could not start', canRerun: true });
  });
});

describe('grades', () => {
  it('overall bands follow the engine (A below 10 ... F from 40); categories count 0.8 of them', () => {
    expect([0, 9.9, 10, 29.9, 39.9, 40, 100].map(overallGrade)).toEqual(['A', 'A', 'B', 'C', 'D', 'F', 'F']);
    expect([12, 12.5, 49.9, 50].map(categoryGrade)).toEqual(['A', 'B', 'D', 'F']);
  });
});

describe('popup view-model in German', () => {
  it('while crawling: headline and progress in German, numbers and plurals by the language', () => {
    const vm = viewModel(crawlingState({ progress: { ...crawlingState().progress, pagesFetched: 1234, maxPages: 2000, depth: 2 } }), de, NOW);
    expect(vm.headline).toBe('vendor.example wird geprüft …');
    expect(vm.progress?.label).toBe('1.234 von 1.234 geplanten Seiten, 2 Klicks tief');
    expect(vm.contacts[0]).toMatchObject({ channel: 'Telefon', roleText: 'Vertrieb', where: '1 Klick entfernt' });
  });

  it('when done: scores, legend, best way and contacts in German', () => {
    const vm = viewModel(
      doneState([finding({ flags: ['toll-free'] }), finding({ kind: 'email', value: 'noreply@vendor.example', role: 'general', flags: ['noreply'] })]),
      de,
      NOW,
    );
    expect(vm.headline).toBe('vendor.example: vor 4 Min. geprüft');
    expect(vm.legend).toBe('Wie versteckt die Kontakte sind: 0 = gut sichtbar, 100 = nicht auffindbar.');
    expect(vm.scores.map((s) => [s.label, s.words])).toEqual([
      ['Gesamt', 'man muss etwas suchen'],
      ['Vertrieb', 'gut sichtbar'],
      ['Support', 'versteckt'],
    ]);
    // The best-way line comes from the same catalogue as the reports' (reach_*).
    expect(vm.paths[0]?.summary).toBe('Anrufen +18005550199 — 1 Klick (kostenlos)');
    expect(vm.paths[0]?.actions?.map((a) => a.label)).toEqual(['Anrufen', 'Kopieren', 'Öffnen']);
    expect(vm.paths[0]?.steps.map((s) => s.text)).toEqual(['Startseite', 'Contact']);
    expect(vm.paths[1]?.summary).toBe(
      'E-Mail noreply@vendor.example — 1 Klick (kein direkter Draht zu einem Menschen; ein allgemeiner Kontakt, nicht der des Supports)',
    );
    expect(viewModel(doneState([finding({})]), de, NOW).paths[1]?.summary).toBe('kein Supportkontakt im geprüften Bereich gefunden');
    expect(vm.contacts.map((c) => [c.channel, c.roleText, c.flags])).toEqual([
      ['Telefon', 'Vertrieb', ['kostenlos']],
      ['E-Mail', 'allgemein', ['ein Postfach, das niemand liest']],
    ]);
  });

  it('failed checks: title and explanation from their catalogue message, English kept where a check has none', () => {
    const base = doneState([]).report!;
    const message = {
      key: 'checks_depth_found',
      params: {
        contact: { key: 'checks_depth_contact_support_phone', params: { value: '030 123' } },
        where: { key: 'checks_depth_where_start_page' },
        note: '',
      },
    };
    const report = {
      ...base,
      outcome: { status: 'partial' as const, reason: 'the time budget ran out' },
      checks: [
        { ...base.checks[0]!, id: 'support-contact-depth', message },
        { ...base.checks[0]!, id: 'a-future-check', points: 1 },
      ],
    };
    const vm = viewModel(doneState([], { report }), de, NOW);
    expect(vm.failedChecks.map((c) => [c.title, c.category, c.explanation])).toEqual([
      ['Klicks bis zu Telefon oder E-Mail des Supports', 'Support', 'Die Support-Nummer 030 123 steht auf der Startseite.'],
      ['Support contact within two clicks', 'Support', 'Support is 3 clicks deep.'],
    ]);
    expect(vm.scores[2]?.reasons[0]).toBe('Die Support-Nummer 030 123 steht auf der Startseite.');
    // The engine's reason is English data; the words around it are German.
    expect(vm.notice).toBe('Unvollständiger Bericht: the time budget ran out');
  });

  it('a site that could not be read, and the vendor’s other sites, in German', () => {
    const { scores: _s, ...report } = doneState([]).report!;
    const failed = { ...report, outcome: { status: 'failed' as const }, checks: [], findings: [] };
    expect(viewModel(doneState([], { report: failed }), de, NOW).notice).toBe(
      'vendor.example konnte nicht geprüft werden: die Startseite ließ sich nicht lesen',
    );
    const hosts = {
      ...doneState([]).report!,
      crawl: {
        vendorHosts: [{ host: 'x.zendesk.com', why: 'help-desk' as const, read: true, url: 'https://x.zendesk.com/', path: [`${SITE}/`], pathText: [] }],
      },
    };
    expect(viewModel(doneState([], { report: hosts }), de, NOW).otherHosts[0]?.what).toBe('Helpdesk');
  });
});
