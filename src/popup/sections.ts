// The popup's sections, each built from its part of the view-model. main.ts replaces a section
// only when its part changed, so an update mid-audit leaves the focus, the toolbar and anything the
// shopper is reading where they are; only the status line is a live region.
import { EXPORT_FORMATS, type ExportFormat } from '../messages.js';
import type { MessageKey, Translate } from '../core/i18n/catalogue.js';
import { button, h } from './dom.js';
import type { ContactAction, ContactView, PathView, ViewModel } from './view-model.js';

/** Each export format as its button names it. */
const FORMAT_NAMES = {
  json: 'popup_format_json',
  md: 'popup_format_md',
  html: 'popup_format_html',
  csv: 'popup_format_csv',
  'summary-csv': 'popup_format_summary_csv',
} as const satisfies Record<ExportFormat, MessageKey>;

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

/** The sections in order; `t` gives the words the view-model does not (headings, buttons, labels). */
export function sections(vm: ViewModel, act: Actions, t: Translate): Section[] {
  return [
    { id: 'head', data: [vm.headline, vm.notice, vm.progress], build: () => head(vm) },
    { id: 'toolbar', data: [vm.status, vm.canRerun, vm.canExport], build: () => toolbar(vm, act, t) },
    { id: 'best', data: vm.paths, build: () => h('div', { class: 'best' }, ...vm.paths.map((p) => bestWay(p, act, t))) },
    { id: 'scores', data: [vm.scores, vm.legend], build: () => scores(vm, t) },
    { id: 'contacts', data: [vm.status, vm.contacts], build: () => contacts(vm, act, t) },
    { id: 'checks', data: vm.failedChecks, build: () => checks(vm, t) },
    { id: 'hosts', data: vm.otherHosts, build: () => otherHosts(vm, act, t) },
  ];
}

/** The vendor's help centre on another host: read, or not read here with the path to it and a way to allow it. */
function otherHosts(vm: ViewModel, act: Actions, t: Translate): HTMLElement {
  if (vm.otherHosts.length === 0) return h('div');
  return h(
    'div',
    {},
    h('h2', {}, t('popup_other_hosts_heading')),
    h(
      'ul',
      { class: 'hosts', 'data-testid': 'other-hosts' },
      ...vm.otherHosts.map((o) =>
        h(
          'li',
          {},
          h('strong', {}, o.host),
          ' ',
          h('span', { class: 'meta' }, t(o.read ? 'popup_other_host_read' : 'popup_other_host_not_read', { what: o.what })),
          h(
            'ol',
            { class: 'meta', 'aria-label': t('popup_path_to_host', { host: o.host }) },
            ...o.steps.map((s) =>
              h(
                'li',
                {},
                button(s.text, () => act.open(s.url), { class: 'link', title: s.url }),
              ),
            ),
          ),
          !o.read && button(t('popup_allow_host', { host: o.host }), () => act.readHost(o.host), { 'data-testid': `read-host-${o.host}` }),
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

function toolbar(vm: ViewModel, act: Actions, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': t('popup_toolbar_label') },
    vm.status === 'crawling' && button(t('popup_stop'), act.stop, { 'data-testid': 'stop' }),
    vm.canRerun && button(t(vm.status === 'failed' ? 'popup_retry' : 'popup_rerun'), act.rerun, { 'data-testid': 'rerun' }),
    vm.canExport && button(t('popup_open_report'), act.openReport, { 'data-testid': 'open-report' }),
    ...(vm.canExport
      ? EXPORT_FORMATS.map((f) => button(t('popup_export', { format: t(FORMAT_NAMES[f]) }), () => act.export(f), { 'data-testid': `export-${f}` }))
      : []),
    button(t('popup_options'), act.options, { class: 'link' }),
  );
}

function bestWay(p: PathView, act: Actions, t: Translate): HTMLElement {
  const label = t(p.role === 'sales' ? 'popup_score_sales' : 'popup_score_support');
  return h(
    'section',
    // The section's name is the role's best way, in the reader's language; data-role names it for scripts.
    { class: 'path', 'aria-label': t(p.role === 'sales' ? 'popup_best_way_sales' : 'popup_best_way_support'), 'data-role': p.role },
    h('h2', {}, t('popup_best_way_heading', { role: label }), ' ', h('span', { class: 'way' }, p.summary)),
    p.steps.length > 0 &&
      h(
        'ol',
        { 'data-testid': `path-${p.role}`, 'aria-label': t('popup_click_path', { role: label }) },
        ...p.steps.map((s) =>
          h(
            'li',
            {},
            button(s.text, () => act.open(s.url), { class: 'link', title: s.url }),
          ),
        ),
      ),
    p.actions && p.actions.length > 0 && h('span', { class: 'actions' }, ...p.actions.map((a) => action(a, p.summary, act, t))),
  );
}

function scores(vm: ViewModel, t: Translate): HTMLElement {
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
          {
            class: 'score',
            style: `background:${s.colour}`,
            title: t('popup_score_title', { label: s.label, value: s.value, grade: s.grade, words: s.words }),
          },
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
          h('summary', {}, t(s.id === 'sales' ? 'popup_why_sales' : 'popup_why_support', { value: s.value })),
          h('ul', {}, ...s.reasons.map((r) => h('li', {}, r))),
        ),
      ),
  );
}

function contacts(vm: ViewModel, act: Actions, t: Translate): HTMLElement {
  if (vm.contacts.length === 0) return h('div');
  const groups = new Map<string, ContactView[]>();
  for (const c of vm.contacts) groups.set(c.channel, [...(groups.get(c.channel) ?? []), c]);
  return h(
    'div',
    {},
    h('h2', {}, t(vm.status === 'done' ? 'popup_contacts_heading' : 'popup_found_so_far_heading')),
    h(
      'div',
      { 'data-testid': 'contacts' },
      ...[...groups].map(([channel, list]) =>
        h('div', { class: 'group' }, h('h3', {}, channel), h('ul', { class: 'contacts' }, ...list.map((c) => contact(c, act, t)))),
      ),
    ),
  );
}

function contact(c: ContactView, act: Actions, t: Translate): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, c.text),
    ' ',
    h('span', { class: 'meta' }, [c.roleText, c.where, ...c.flags].join(', ')),
    h('span', { class: 'actions' }, ...c.actions.map((a) => action(a, c.text, act, t))),
  );
}

/** A call, mail or open link, or a copy button that says it copied. */
function action(a: ContactAction, what: string, act: Actions, t: Translate): HTMLElement {
  const name = t('popup_action_name', { action: a.label, what });
  if (a.kind === 'link') return h('a', { class: 'action', href: a.value, target: '_blank', rel: 'noopener noreferrer', 'aria-label': name }, a.label);
  const el = button(
    a.label,
    () => {
      void navigator.clipboard.writeText(a.value).then(
        () => {
          el.textContent = t('popup_copied');
          act.announce(t('popup_copied_value', { value: a.value }));
          setTimeout(() => (el.textContent = a.label), 2_000);
        },
        () => act.announce(t('popup_copy_refused')),
      );
    },
    { 'aria-label': name },
  );
  return el;
}

function checks(vm: ViewModel, t: Translate): HTMLElement {
  if (vm.failedChecks.length === 0) return h('div');
  return h(
    'div',
    {},
    h('h2', {}, t('popup_checks_heading')),
    h(
      'ul',
      { class: 'checks', 'data-testid': 'failed-checks' },
      ...vm.failedChecks.map((c) =>
        h(
          'li',
          {},
          h('p', {}, h('strong', {}, c.explanation), ' ', h('span', { class: 'meta' }, `(${c.category})`)),
          c.evidence.length > 0 &&
            h('details', {}, h('summary', {}, t('popup_evidence')), h('ul', { class: 'evidence meta' }, ...c.evidence.map((e) => h('li', {}, e)))),
        ),
      ),
    ),
  );
}
