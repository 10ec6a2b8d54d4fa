// The popup's DOM layer: asks the background for the tab's audit (which starts it on first open),
// renders the view-model, and re-renders on every update until the audit is done.
import browser from 'webextension-polyfill';
import {
  EXPORT_FORMATS,
  PopupResponseSchema,
  ToPopupSchema,
  type AuditState,
  type ExportFormat,
  type PopupResponse,
  type ToBackgroundFromPage,
} from '../messages.js';
import { button, h, saveText } from './dom.js';
import { viewModel, type ContactView, type PathView, type ViewModel } from './view-model.js';

const app = document.getElementById('app') as HTMLElement;
let tabId = -1;
let current: AuditState | undefined;

/** Starting an audit answers in well under a second; past this the worker is stuck, and the popup says so. */
const ANSWER_TIMEOUT_MS = 20_000;

async function ask(msg: ToBackgroundFromPage): Promise<PopupResponse | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS));
  const answer = browser.runtime.sendMessage(msg).catch(() => undefined);
  const parsed = PopupResponseSchema.safeParse(await Promise.race([answer, timeout]));
  return parsed.success ? parsed.data : undefined;
}

function show(res: PopupResponse | undefined): void {
  if (!res) return renderMessage('error', 'The extension did not answer. Close and reopen the popup.');
  if (res.kind === 'unsupported') return renderMessage('error', res.reason);
  if (res.kind === 'state') {
    current = res.state;
    render(viewModel(res.state));
  }
}

function renderMessage(status: string, text: string): void {
  app.replaceChildren(h('h1', {}, 'Contact Audit'), h('p', { 'data-testid': 'status', class: 'status' }, status), h('p', { class: 'notice' }, text));
}

function render(vm: ViewModel): void {
  const children: (Node | false | undefined)[] = [
    h('h1', {}, 'Contact Audit'),
    h('p', { 'data-testid': 'status', class: 'status' }, vm.status),
    h('p', { class: 'headline' }, vm.headline),
    vm.notice !== undefined && h('p', { class: 'notice', 'data-testid': 'notice' }, vm.notice),
    vm.progress && h('label', { class: 'meta', for: 'progress' }, vm.progress.label),
    vm.progress && h('progress', { id: 'progress', 'data-testid': 'progress', max: String(vm.progress.max), value: String(vm.progress.value) }),
    vm.scores.length > 0 &&
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
    ...vm.paths.map(renderPath),
    vm.contacts.length > 0 && h('h2', {}, vm.status === 'done' ? 'Contacts found' : 'Found so far'),
    vm.contacts.length > 0 && h('ul', { class: 'contacts', 'data-testid': 'contacts' }, ...vm.contacts.map(renderContact)),
    vm.failedChecks.length > 0 && h('h2', {}, 'Failed checks'),
    vm.failedChecks.length > 0 &&
      h(
        'ul',
        { class: 'checks', 'data-testid': 'failed-checks' },
        ...vm.failedChecks.map((c) =>
          h(
            'li',
            {},
            h('strong', {}, `${c.title} (${c.category})`),
            h('p', {}, c.explanation),
            c.evidence.length > 0 && h('ul', { class: 'evidence meta' }, ...c.evidence.map((e) => h('li', {}, e))),
          ),
        ),
      ),
    h(
      'div',
      { class: 'toolbar' },
      vm.canRerun &&
        button(vm.status === 'failed' ? 'Retry' : 'Re-run audit', () => void ask({ type: 'popup/rerun', tabId }).then(show), { 'data-testid': 'rerun' }),
      ...(vm.canExport ? EXPORT_FORMATS.map((f) => button(`Export ${f.toUpperCase()}`, () => void exportAs(f), { 'data-testid': `export-${f}` })) : []),
      button('Options', () => void browser.runtime.openOptionsPage(), { class: 'link' }),
    ),
  ];
  app.replaceChildren(...children.filter((c): c is Node => c instanceof Node));
}

function renderPath(p: PathView): HTMLElement {
  const label = p.role === 'sales' ? 'Sales' : 'Support';
  return h(
    'nav',
    { class: 'path', 'aria-label': `${label} click path` },
    h('h2', {}, `${label}: ${p.summary}`),
    p.steps.length > 0 &&
      h(
        'ol',
        { 'data-testid': `path-${p.role}` },
        ...p.steps.map((s) =>
          h(
            'li',
            {},
            button(s.text, () => void browser.tabs.update(tabId, { url: s.url }), { class: 'link', title: s.url }),
          ),
        ),
      ),
  );
}

function renderContact(c: ContactView): HTMLElement {
  const actions = c.actions.map((a) =>
    a.kind === 'copy'
      ? button(a.label, () => void navigator.clipboard.writeText(a.value), { 'aria-label': `${a.label} ${c.text}` })
      : h('a', { class: 'action', href: a.value, target: '_blank', rel: 'noopener noreferrer', 'aria-label': `${a.label} ${c.text}` }, a.label),
  );
  return h(
    'li',
    {},
    h('strong', {}, c.text),
    ' ',
    h('span', { class: 'meta' }, [c.kind, c.role, c.where, ...c.flags].join(', ')),
    h('span', { class: 'actions' }, ...actions),
  );
}

async function exportAs(format: ExportFormat): Promise<void> {
  const res = await ask({ type: 'popup/export', tabId, format });
  if (res?.kind === 'export') saveText(res.filename, res.mime, res.text);
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  const parsed = ToPopupSchema.safeParse(raw);
  if (parsed.success && parsed.data.state.tabId === tabId) show({ kind: 'state', state: parsed.data.state });
  return undefined;
});

async function init(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return renderMessage('error', 'No tab to audit.');
  tabId = tab.id;
  show(await ask({ type: 'popup/open', tabId }));
  // Broadcasts can be missed while the worker restarts; a slow poll keeps the view honest.
  setInterval(() => {
    if (current?.status === 'crawling') void ask({ type: 'popup/get', tabId }).then(show);
  }, 1_000);
}

void init();
