/**
 * The background reuses an open editor rather than opening a new tab each time the card's "edit" is pressed
 * (lib/kb/background.ts `openOptions`): it asks open options pages to move to an entry, and the first to
 * answer is brought to the front.
 */
import { browser, type Browser } from 'wxt/browser';
import type { OptionsFocusMessage } from '@/lib/kb/background';

/** Answers the background's focus request with this page's tab; ignores anything a content script sends. */
export function listenForFocus(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const hash = (message as Partial<OptionsFocusMessage> | null)?.hamishOptions?.hash;
    // Only the background (no tab) may move this page; content scripts send from a tab.
    if (typeof hash !== 'string' || sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (hash && location.hash !== hash) location.hash = hash;
    return browser.tabs.getCurrent().then((tab) => ({ tabId: tab?.id, windowId: tab?.windowId }));
  });
}
