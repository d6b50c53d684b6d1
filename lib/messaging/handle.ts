import type { Browser } from 'wxt/browser';
import { protocol, type Access, type MessageName, type Params, type Response, type Return } from './protocol';
import type { z } from 'zod';

export type Handlers = { [N in MessageName]: (params: z.output<(typeof protocol)[N]['params']>, sender: Browser.runtime.MessageSender) => Promise<Return<N>> | Return<N> };

/** Where a message came from, as far as trust goes. */
export function senderKind(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): 'extension-page' | 'content-script' | 'foreign' {
  if (sender.id !== extensionId) return 'foreign';
  // Extension pages (popup, options) have our own origin and no tab frame of a web page.
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return 'foreign';
}

function allowed(access: Access, kind: ReturnType<typeof senderKind>): boolean {
  if (kind === 'foreign') return false;
  if (access === 'write') return kind === 'extension-page';
  return true;
}

/**
 * Validates and dispatches one incoming message. Never throws: anything malformed or not allowed gets
 * an error answer. Returns undefined for messages that are not ours (so other listeners may answer).
 */
export async function dispatch(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  handlers: Handlers,
  ids: { extensionId: string; extensionOrigin: string },
): Promise<Response<unknown> | undefined> {
  if (typeof message !== 'object' || message === null || (message as { hamish?: unknown }).hamish !== 1) return undefined;
  const { name, params } = message as { name?: unknown; params?: unknown };
  if (typeof name !== 'string' || !Object.hasOwn(protocol, name)) return { ok: false, error: 'unknown-message' };
  const def = protocol[name as MessageName];
  if (!allowed(def.access, senderKind(sender, ids.extensionId, ids.extensionOrigin))) return { ok: false, error: 'forbidden' };
  const parsed = def.params.safeParse(params ?? {});
  if (!parsed.success) return { ok: false, error: 'invalid-params: ' + parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  try {
    const handler = handlers[name as MessageName] as (p: unknown, s: Browser.runtime.MessageSender) => unknown;
    return { ok: true, value: await handler(parsed.data, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export type { Params };
