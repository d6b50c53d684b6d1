import { browser } from 'wxt/browser';
import { dispatch, type Handlers } from '@/lib/messaging/handle';

export default defineBackground(() => {
  const handlers = {
    ping: () => ({ ok: true as const, version: browser.runtime.getManifest().version }),
  } as unknown as Handlers;
  browser.runtime.onMessage.addListener((message, sender) => {
    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    return dispatch(message, sender, handlers, { extensionId: browser.runtime.id, extensionOrigin: origin });
  });
});
