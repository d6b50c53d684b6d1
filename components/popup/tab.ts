/** The popup's link to the page it belongs to: which tab, and the messages it sends to that tab's content script. */
import { browser } from 'wxt/browser';
import type { TabMessages, TabRequest } from '@/lib/messaging/protocol';

/**
 * The tab the popup acts on: `?tab=<id>` when given (tests open the popup as an ordinary tab, where the
 * active tab is the popup itself), else the active tab of the current window.
 */
export async function targetTab(search: string): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Unwraps either a bare answer or the protocol's `{ ok, value }` envelope. */
function unwrap<T>(res: unknown): T {
  if (typeof res === 'object' && res !== null && 'ok' in res) {
    const r = res as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return r.value as T;
    if (r.ok === false && 'error' in r) throw new Error(String(r.error));
  }
  return res as T;
}

/** Sends one message to the tab's content script; undefined when no content script answers. */
export async function sendTab<N extends keyof TabMessages>(tabId: number, name: N, params: TabMessages[N]['params']): Promise<TabMessages[N]['ret'] | undefined> {
  const req: TabRequest<N> = { hamishTab: 1, name, params };
  try {
    const res: unknown = await browser.tabs.sendMessage(tabId, req);
    if (res === undefined || res === null) return undefined;
    return unwrap<TabMessages[N]['ret']>(res);
  } catch {
    return undefined;
  }
}
