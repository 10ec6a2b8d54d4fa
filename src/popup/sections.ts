// The popup's sections, each built from its part of the view-model. main.ts replaces a section
// only when its part changed, so an update mid-audit leaves the focus, the toolbar and anything the
// shopper is reading where they are; only the status line is a live region.
import { EXPORT_FORMATS, type ExportFormat } from '../messages.js';
import { button, h } from './dom.js';
import type { ContactAction, ContactView, PathView, ViewModel } from './view-model.js';

export interface Actions {
  rerun(): void;
  stop(): void;
  export(format: ExportFormat): void;
  /** The HTML report in a tab of its own. */
  openReport(): void;
  open(url: string): void;
  options(): void;
  /** A short announcement in the status line ("Copied"). */
  announce(text: string): void;
  /** Ask the browser to let the extension read this host of the vendor's, then audit again. */
  readHost(host: string): void;
}

export interface Section {
  id: string;
  /** The part of the view-model it shows: the section is rebuilt only when this changes. */
  data: unknown;
  build(): HTMLElement;
}

export function sections(vm: ViewModel, act: Actions): Section[] {
  return [
    { id: 'head', data: [vm.headline, vm.notice, vm.progress], build: () => head(vm) },
    { id: 'toolbar', data: [vm.status, vm.canRerun, vm.canExport], build: () => toolbar(vm, act) },
    { id: 'best', data: vm.paths, build: () => h('div', { class: 'best' }, ...vm.paths.map((p) => bestWay(p, act))) },
    { id: 'scores', data: [vm.scores, vm.legend], build: () => scores(vm) },
    { id: 'contacts', data: [vm.status, vm.contacts], build: () => contacts(vm, act) },
    { id: 'checks', data: vm.failedChecks, build: () => checks(vm) },
    { id: 'hosts', data: vm.otherHosts, build: () => otherHosts(vm, act) },
  ];
}

/** The vendor's help centre on another host: read, or not read here with the path to it and a way to allow it. */
function otherHosts(vm: ViewModel, act: Actions): HTMLElement {
  if (vm.otherHosts.length === 0) return h('div');
  return h(
    'div',
    {},
    h('h2', {}, "The vendor's other sites"),
    h(
      'ul',
      { class: 'hosts', 'data-testid': 'other-hosts' },
      ...vm.otherHosts.map((o) =>
        h(
          'li',
          {},
          h('strong', {}, o.host),
          ' ',
          h('span', { class: 'meta' }, `${o.what}, ${o.read ? 'read' : 'not read: the browser keeps it apart from this site'}`),
          h(
            'ol',
            { class: 'meta', 'aria-label': `Path to ${o.host}` },
            ...o.steps.map((s) =>
              h(
                'li',
                {},
                button(s.text, () => act.open(s.url), { class: 'link', title: s.url }),
              ),
            ),
          ),
          !o.read && button(`Allow reading ${o.host} and audit again`, () => act.readHost(o.host), { 'data-testid': `read-host-${o.host}` }),
        ),
      ),
    ),
  );
}

function head(vm: ViewModel): HTMLElement {
  return h(
    'div',
    {},
    h('p', { class: 'headline' }, vm.headline),
    vm.notice !== undefined && h('p', { class: 'notice', 'data-testid': 'notice' }, vm.notice),
    vm.progress && h('label', { class: 'meta', for: 'progress' }, vm.progress.label),
    vm.progress && h('progress', { id: 'progress', 'data-testid': 'progress', max: String(vm.progress.max), value: String(vm.progress.value) }),
  );
}

function toolbar(vm: ViewModel, act: Actions): HTMLElement {
  return h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Audit' },
    vm.status === 'crawling' && button('Stop', act.stop, { 'data-testid': 'stop' }),
    vm.canRerun && button(vm.status === 'failed' ? 'Retry' : 'Re-run audit', act.rerun, { 'data-testid': 'rerun' }),
    vm.canExport && button('Open full report', act.openReport, { 'data-testid': 'open-report' }),
    ...(vm.canExport ? EXPORT_FORMATS.map((f) => button(`Export ${f.toUpperCase()}`, () => act.export(f), { 'data-testid': `export-${f}` })) : []),
    button('Options', act.options, { class: 'link' }),
  );
}

function bestWay(p: PathView, act: Actions): HTMLElement {
  const label = p.role === 'sales' ? 'Sales' : 'Support';
  return h(
    'section',
    { class: 'path', 'aria-label': `Best way to reach ${p.role}` },
    h('h2', {}, `${label}: `, h('span', { class: 'way' }, p.summary)),
    p.steps.length > 0 &&
      h(
        'ol',
        { 'data-testid': `path-${p.role}`, 'aria-label': `${label} click path` },
        ...p.steps.map((s) =>
          h(
            'li',
            {},
            button(s.text, () => act.open(s.url), { class: 'link', title: s.url }),
          ),
        ),
      ),
    p.actions && p.actions.length > 0 && h('span', { class: 'actions' }, ...p.actions.map((a) => action(a, p.summary, act))),
  );
}

function scores(vm: ViewModel): HTMLElement {
  if (vm.scores.length === 0) return h('div');
  return h(
    'div',
    {},
    vm.legend && h('p', { class: 'meta legend' }, vm.legend),
    h(
      'div',
      { class: 'scores' },
      ...vm.scores.map((s) =>
        h(
          'div',
          { class: 'score', style: `background:${s.colour}`, title: `${s.label}: ${s.value} of 100, grade ${s.grade}, ${s.words}` },
          h('span', { class: 'value', 'data-testid': `score-${s.id}` }, String(s.value)),
          h('span', { class: 'label' }, `${s.label} · ${s.grade}`),
        ),
      ),
    ),
    ...vm.scores
      .filter((s) => s.id !== 'overall' && s.reasons.length > 0)
      .map((s) =>
        h(
          'details',
          { class: 'reasons' },
          h('summary', {}, `Why ${s.label.toLowerCase()} scores ${s.value}`),
          h('ul', {}, ...s.reasons.map((r) => h('li', {}, r))),
        ),
      ),
  );
}

function contacts(vm: ViewModel, act: Actions): HTMLElement {
  if (vm.contacts.length === 0) return h('div');
  const groups = new Map<string, ContactView[]>();
  for (const c of vm.contacts) groups.set(c.channel, [...(groups.get(c.channel) ?? []), c]);
  return h(
    'div',
    {},
    h('h2', {}, vm.status === 'done' ? 'Contacts found' : 'Found so far'),
    h(
      'div',
      { 'data-testid': 'contacts' },
      ...[...groups].map(([channel, list]) =>
        h('div', { class: 'group' }, h('h3', {}, channel), h('ul', { class: 'contacts' }, ...list.map((c) => contact(c, act)))),
      ),
    ),
  );
}

function contact(c: ContactView, act: Actions): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, c.text),
    ' ',
    h('span', { class: 'meta' }, [c.role === 'general' ? 'general' : c.role, c.where, ...c.flags].join(', ')),
    h('span', { class: 'actions' }, ...c.actions.map((a) => action(a, c.text, act))),
  );
}

/** A call, mail or open link, or a copy button that says it copied. */
function action(a: ContactAction, what: string, act: Actions): HTMLElement {
  if (a.kind === 'link')
    return h('a', { class: 'action', href: a.value, target: '_blank', rel: 'noopener noreferrer', 'aria-label': `${a.label} ${what}` }, a.label);
  const el = button(
    a.label,
    () => {
      void navigator.clipboard.writeText(a.value).then(
        () => {
          el.textContent = 'Copied';
          act.announce(`Copied ${a.value}`);
          setTimeout(() => (el.textContent = a.label), 2_000);
        },
        () => act.announce('Could not copy: the browser refused'),
      );
    },
    { 'aria-label': `${a.label} ${what}` },
  );
  return el;
}

function checks(vm: ViewModel): HTMLElement {
  if (vm.failedChecks.length === 0) return h('div');
  return h(
    'div',
    {},
    h('h2', {}, 'What makes contacts hard to find'),
    h(
      'ul',
      { class: 'checks', 'data-testid': 'failed-checks' },
      ...vm.failedChecks.map((c) =>
        h(
          'li',
          {},
          h('p', {}, h('strong', {}, c.explanation), ' ', h('span', { class: 'meta' }, `(${c.category})`)),
          c.evidence.length > 0 &&
            h('details', {}, h('summary', {}, 'Evidence'), h('ul', { class: 'evidence meta' }, ...c.evidence.map((e) => h('li', {}, e)))),
        ),
      ),
    ),
  );
}
