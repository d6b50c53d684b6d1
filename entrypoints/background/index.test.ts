// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('@/lib/kb/background', () => ({ startKb: () => calls.push('kb') }));
vi.mock('./commands', () => ({ initCommands: () => calls.push('commands') }));
vi.mock('./sites', () => ({ initSites: () => calls.push('sites') }));

describe('background entrypoint', () => {
  it('starts the KB store, the commands and the site registration', async () => {
    const { default: bg } = await import('./index');
    (bg as unknown as { main: () => void }).main();
    expect(calls).toEqual(['kb', 'commands', 'sites']);
  });
});
