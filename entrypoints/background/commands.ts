/**
 * Keyboard commands (manifest `commands`, wxt.config.ts): next / previous highlighted mention.
 * The command goes to the top frame of the active tab as a TabMessage; the page layer scrolls to the
 * mention and opens its card there.
 */
import { browser } from 'wxt/browser';
import type { TabRequest } from '@/lib/messaging/protocol';

/** Manifest command name → TabMessage name. */
export const COMMANDS = { 'page-next': 'page.next', 'page-prev': 'page.prev' } as const;

/** Sends a command to a tab (no-op when no content script listens there, e.g. a browser page). */
export async function sendCommand(command: string, tabId?: number): Promise<void> {
  const name = COMMANDS[command as keyof typeof COMMANDS];
  if (!name) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const req: TabRequest<typeof name> = { hamishTab: 1, name, params: {} };
  try {
    await browser.tabs.sendMessage(id, req, { frameId: 0 });
  } catch {
    // No content script in that tab (a site Hamish does not run on).
  }
}

/** Listens for the keyboard commands. Called once by the background's entry point. */
export function initCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void sendCommand(command, tab?.id);
  });
}
