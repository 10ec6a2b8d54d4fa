// Who may talk to the worker. Only this extension's own pages (popup, options) and the content
// script it injected into a tab; anything else (another extension, a page) is refused.
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = { kind: 'extension-page' } | { kind: 'content'; tabId: number };

export function classifySender(sender: SenderLike, runtimeId: string, extensionOrigin: string): SenderKind | undefined {
  if (sender.id !== runtimeId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  // The tab agent always runs in a tab on a web page; which tab is checked against the audit.
  if (sender.tab?.id !== undefined && /^https?:/i.test(url)) return { kind: 'content', tabId: sender.tab.id };
  return undefined;
}
