// The audits the engine runs now, by id: one per tab at most (the worker stops a tab's old run
// before it starts a new one), several tabs at once. With none left for a while, the engine tells
// the worker it is idle, and Chrome's worker closes its document (background/engine-host.ts).
import type { EngineJob } from '../engine-messages.js';
import { runAudit } from './run-audit.js';
import { tabLink, type SendToWorker } from './tab-link.js';

/**
 * How long the engine stays loaded after its last audit. The next audit within it (another site, a
 * re-run) skips loading the engine and runs it warm: measured with `npm run bench -- --only
 * click-to-done`, the first click against the later ones. Two minutes of an idle document's memory
 * is the price; Chrome asks extensions to close offscreen documents they no longer need.
 */
export const ENGINE_LINGER_MS = 120_000;

export interface Engine {
  start(job: EngineJob): void;
  /** Stops the audit (what it sent stays with the worker); returns how many still run. */
  stop(auditId: string): number;
  running(): number;
}

export function createEngine(send: SendToWorker): Engine {
  const running = new Map<string, { aborted: boolean }>();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const settle = (): void => {
    clearTimeout(idle);
    idle = running.size ? undefined : setTimeout(() => void send({ type: 'engine/idle' }).catch(() => undefined), ENGINE_LINGER_MS);
  };
  return {
    start(job) {
      if (running.has(job.auditId)) return;
      const signal = { aborted: false };
      running.set(job.auditId, signal);
      settle();
      void runAudit(job, tabLink(job, send), signal).finally(() => {
        if (running.get(job.auditId) === signal) running.delete(job.auditId);
        settle();
      });
    },
    stop(auditId) {
      const signal = running.get(auditId);
      if (signal) signal.aborted = true;
      running.delete(auditId);
      settle();
      return running.size;
    },
    running: () => running.size,
  };
}
