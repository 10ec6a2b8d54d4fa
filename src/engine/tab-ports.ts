// Chrome: the tab agents' ports to the engine's offscreen document, one per audit (the agent opens it
// when its audit starts, tab-messages.ts ENGINE_PORT_PREFIX). The engine asks the tab for pages and the
// rendered page over it: a message each way, where the worker's relay costs two (issue #12). Without a
// port (not opened yet, or closed) the engine asks through the worker as before (tab-link.ts).
import browser, { type Runtime } from 'webextension-polyfill';
import { ENGINE_PORT_PREFIX, TabPortReplySchema, type ToContent } from '../tab-messages.js';

/** Asks the audit's tab over its port; undefined when there is no port to ask. */
export type AskTab = (auditId: string, tabId: number, msg: ToContent, timeoutMs: number) => Promise<unknown> | undefined;

interface Line {
  port: Runtime.Port;
  tabId: number;
  waiting: Map<number, (answer: unknown) => void>;
}

const lines = new Map<string, Line>();
let nextId = 1;

/**
 * Takes the agents' ports. Other ports (the agent's "audit:" line to the worker) are left alone, not
 * disconnected: in Chrome a receiver's disconnect closes the agent's end, which would cut the line
 * the worker watches the tab by.
 */
export function listenForTabPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    const auditId = port.name.startsWith(ENGINE_PORT_PREFIX) ? port.name.slice(ENGINE_PORT_PREFIX.length) : '';
    const tabId = port.sender?.tab?.id;
    // Only the audited page's own agent: its top frame, never a frame inside it.
    if (!auditId || tabId === undefined || port.sender?.frameId !== 0) return;
    const line: Line = { port, tabId, waiting: new Map() };
    lines.set(auditId, line);
    port.onMessage.addListener((raw: unknown) => {
      const reply = TabPortReplySchema.safeParse(raw);
      if (!reply.success) return;
      line.waiting.get(reply.data.id)?.(reply.data.answer);
      line.waiting.delete(reply.data.id);
    });
    port.onDisconnect.addListener(() => {
      if (lines.get(auditId) === line) lines.delete(auditId);
      for (const settle of line.waiting.values()) settle(undefined);
      line.waiting.clear();
    });
  });
}

/** An answer, or undefined when the port closed or the tab was silent past `timeoutMs`. */
export const askTabPort: AskTab = (auditId, tabId, msg, timeoutMs) => {
  const line = lines.get(auditId);
  if (!line || line.tabId !== tabId) return undefined;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => settle(undefined), timeoutMs);
    const settle = (answer: unknown): void => {
      clearTimeout(timer);
      line.waiting.delete(id);
      resolve(answer);
    };
    line.waiting.set(id, settle);
    try {
      line.port.postMessage({ id, msg });
    } catch {
      settle(undefined);
    }
  });
};
