import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { initCommands, sendCommand } from './commands';

describe('keyboard commands', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('sends page.next / page.prev to the top frame of the given tab', async () => {
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await sendCommand('page-next', 7);
    await sendCommand('page-prev', 7);
    expect(sent.mock.calls).toEqual([
      [7, { hamishTab: 1, name: 'page.next', params: {} }, { frameId: 0 }],
      [7, { hamishTab: 1, name: 'page.prev', params: {} }, { frameId: 0 }],
    ]);
  });

  it('falls back to the active tab, ignores other commands and tabs without a content script', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(sendCommand('page-next')).resolves.toBeUndefined();
    await sendCommand('_execute_action', 3);
    expect(sent.mock.calls.map((c) => c[0])).toEqual([3]);
  });

  it('listens to browser.commands', () => {
    const add = vi.fn();
    (browser as unknown as { commands: unknown }).commands = { onCommand: { addListener: add } };
    initCommands();
    expect(add).toHaveBeenCalledTimes(1);
  });
});
