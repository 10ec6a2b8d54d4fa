// The audits the engine runs now, by id: one per tab at most (the worker stops a tab's old run
// before it starts a new one), several tabs at once.
import type { EngineJob } from '../engine-messages.js';
import { runAudit } from './run-audit.js';
import { tabLink, type SendToWorker } from './tab-link.js';

export interface Engine {
  start(job: EngineJob): void;
  /** Stops the audit (what it sent stays with the worker); resolves with how many still run. */
  stop(auditId: string): number;
}

export function createEngine(send: SendToWorker): Engine {
  const running = new Map<string, { aborted: boolean }>();
  return {
    start(job) {
      if (running.has(job.auditId)) return;
      const signal = { aborted: false };
      running.set(job.auditId, signal);
      void runAudit(job, tabLink(job, send), signal).finally(() => {
        if (running.get(job.auditId) === signal) running.delete(job.auditId);
      });
    },
    stop(auditId) {
      const signal = running.get(auditId);
      if (signal) signal.aborted = true;
      running.delete(auditId);
      return running.size;
    },
  };
}
