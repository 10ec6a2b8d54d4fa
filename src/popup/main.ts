// The popup's DOM layer: asks the background for the tab's audit (which starts it on first open),
// renders the view-model, and updates it in place on every message until the audit is done.
import browser from 'webextension-polyfill';
import { hostPermission } from '../other-host-messages.js';
import { PopupResponseSchema, ToPopupSchema, type AuditState, type ExportFormat, type PopupResponse, type ToBackgroundFromPage } from '../messages.js';
import { localisePage, t } from '../browser/i18n.js';
import { h, saveText } from './dom.js';
import { sections, type Actions } from './sections.js';
import { viewModel, type ViewModel } from './view-model.js';

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
  if (!res) return renderMessage('error', t('popup_no_answer'));
  if (res.kind === 'unsupported') return renderMessage('error', res.reason);
  if (res.kind === 'state') {
    current = res.state;
    render(viewModel(res.state, t));
  }
}

const statusEl = document.querySelector('[data-testid="status"]') as HTMLElement;
const announceEl = document.getElementById('announce') as HTMLElement;
/** Each section's element and the view-model part it was built from: rebuilt only when that changes. */
const shown = new Map<string, { data: string; el: HTMLElement }>();

const actions: Actions = {
  rerun: () => void ask({ type: 'popup/rerun', tabId }).then(show),
  stop: () => void ask({ type: 'popup/stop', tabId }).then(show),
  export: (format) => void exportAs(format),
  openReport: () => void browser.tabs.create({ url: browser.runtime.getURL(`report.html?tab=${tabId}`) }),
  open: (url) => void browser.tabs.update(tabId, { url }),
  options: () => void browser.runtime.openOptionsPage(),
  announce: (text) => {
    announceEl.textContent = text;
    setTimeout(() => (announceEl.textContent = ''), 3_000);
  },
  // Asked in the click itself (the browser shows its prompt only for a user gesture), one host at a time.
  readHost: (host) =>
    void browser.permissions.request({ origins: [hostPermission(host)] }).then(
      (granted) => (granted ? ask({ type: 'popup/rerun', tabId }).then(show) : actions.announce(t('popup_host_not_allowed', { host }))),
      () => actions.announce(t('popup_host_not_asked', { host })),
    ),
};

const STATUS_KEYS = {
  crawling: 'popup_status_crawling',
  done: 'popup_status_done',
  failed: 'popup_status_failed',
  error: 'popup_status_error',
} as const satisfies Record<ViewModel['status'], string>;

function renderMessage(status: ViewModel['status'], text: string): void {
  statusEl.textContent = t(STATUS_KEYS[status]);
  shown.clear();
  app.replaceChildren(h('p', { class: 'notice' }, text));
}

/** Update in place: the status line (the one live region) and the sections whose data changed. */
function render(vm: ViewModel): void {
  const status = t(STATUS_KEYS[vm.status]);
  if (statusEl.textContent !== status) statusEl.textContent = status;
  const wanted = sections(vm, actions, t);
  if (shown.size === 0) app.replaceChildren();
  let previous: HTMLElement | undefined;
  for (const section of wanted) {
    const data = JSON.stringify(section.data);
    const have = shown.get(section.id);
    let el = have?.el;
    if (!have || have.data !== data) {
      el = section.build();
      el.dataset.section = section.id;
      if (have) have.el.replaceWith(el);
      shown.set(section.id, { data, el });
    }
    if (el && el.parentElement !== app) {
      if (previous) previous.after(el);
      else app.prepend(el);
    }
    previous = el;
  }
}

async function exportAs(format: ExportFormat): Promise<void> {
  const res = await ask({ type: 'popup/export', tabId, format });
  if (res?.kind === 'export') saveText(res.filename, res.mime, res.text);
}

/** A running audit's states are drawn once a frame, the latest only; the end at once. */
let nextFrame: AuditState | undefined;
function drawNextFrame(): void {
  const state = nextFrame;
  nextFrame = undefined;
  if (state) show({ kind: 'state', state });
}
browser.runtime.onMessage.addListener((raw: unknown) => {
  const parsed = ToPopupSchema.safeParse(raw);
  if (!parsed.success || parsed.data.state.tabId !== tabId) return undefined;
  const state = parsed.data.state;
  if (state.status !== 'crawling') {
    nextFrame = undefined;
    show({ kind: 'state', state });
  } else {
    if (!nextFrame) requestAnimationFrame(drawNextFrame);
    nextFrame = state;
  }
  return undefined;
});

async function init(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return renderMessage('error', t('popup_no_tab'));
  tabId = tab.id;
  show(await ask({ type: 'popup/open', tabId }));
  // Broadcasts can be missed while the worker restarts; a slow poll keeps the view honest.
  setInterval(() => {
    if (current?.status === 'crawling') void ask({ type: 'popup/get', tabId }).then(show);
  }, 1_000);
}

localisePage();
void init();
