/**
 * Firefox ESR driven over WebDriver BiDi (https://w3c.github.io/webdriver-bidi/): Playwright needs its own
 * patched Firefox, which cannot be fetched here, so this is a small client over `ws`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { FIREFOX } from './browsers';

export interface BiDi {
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  /** Evaluates an expression in a browsing context and returns its JSON-serialised value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  inCard<T>(context: string, fn: string): Promise<T>;
  close(): Promise<void>;
}

// Keep Firefox off the (closed) network and quiet.
const PREFS = `
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("app.update.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("network.dns.disableIPv6", true);
`;

export async function launchFirefox(): Promise<BiDi> {
  const profile = mkdtempSync(join(tmpdir(), 'hamish-firefox-'));
  writeFileSync(join(profile, 'user.js'), PREFS);
  const proc: ChildProcess = spawn(FIREFOX, ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'], {
    env: { ...process.env, HOME: profile, MOZ_CRASHREPORTER_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wsUrl = await new Promise<string>((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error('Firefox did not start WebDriver BiDi within 30 s:\n' + seen.slice(-2000))), 30_000);
    const onData = (d: Buffer) => {
      seen += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    proc.stderr!.on('data', onData);
    proc.stdout!.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`Firefox exited (${code}) before BiDi was ready:\n${seen.slice(-2000)}`)));
  });
  const ws = new WebSocket(`${wsUrl}/session`);
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  let nextId = 1;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (msg.id === undefined) return;
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.type === 'success') p?.ok(msg.result);
    else p?.fail(new Error(`${msg.error}: ${msg.message}`));
  });
  const send = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  return {
    send,
    async evaluate<T>(context: string, expression: string) {
      const r = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `JSON.stringify(${expression})`,
        target: { context },
        awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
      const v = r.result?.value;
      return (typeof v === 'string' ? JSON.parse(v) : undefined) as T;
    },
    /**
     * Calls `fn` (source text, `(root) => …`, returning JSON-able data) with the card's shadow root. The root is
     * closed; BiDi serialises closed roots for the harness when asked (`includeShadowTree: 'all'`).
     */
    async inCard<T>(context: string, fn: string) {
      const host = await send<{ result?: { value?: { shadowRoot?: { sharedId?: string } | null } } }>('script.evaluate', {
        expression: 'document.querySelector("hamish-card")',
        target: { context },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const sharedId = host.result?.value?.shadowRoot?.sharedId;
      const r = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.callFunction', {
        functionDeclaration: `(root) => JSON.stringify((${fn})(root))`,
        arguments: [sharedId ? { sharedId } : { type: 'null' }],
        target: { context },
        awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`inCard failed: ${r.exceptionDetails?.text}`);
      const v = r.result?.value;
      return (typeof v === 'string' ? JSON.parse(v) : undefined) as T;
    },
    async close() {
      try {
        await send('browser.close', {});
      } catch {
        /* already closing */
      }
      ws.close();
      await new Promise((ok) => {
        if (proc.exitCode !== null) ok(null);
        else {
          proc.once('exit', ok);
          setTimeout(() => {
            proc.kill('SIGKILL');
            ok(null);
          }, 5000);
        }
      });
    },
  };
}

/**
 * Installs the extension at `extPath`, opens `url` in a new tab and waits (up to 15 s) until the content
 * script reports at least `min` highlighted mentions. Returns the tab's context and the last count seen.
 */
export async function openAnnotated(ff: BiDi, extPath: string, url: string, min: number): Promise<{ context: string; count: number }> {
  await ff.send('webExtension.install', { extensionData: { type: 'path', path: extPath } });
  const { context } = await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await ff.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });
  await ff.send('browsingContext.navigate', { context, url, wait: 'complete' });
  let count = 0;
  for (let i = 0; i < 60 && count < min; i++) {
    await new Promise((r) => setTimeout(r, 250));
    count = Number(await ff.evaluate<string | null>(context, 'document.documentElement.dataset.hamishCount ?? null'));
  }
  return { context, count };
}
