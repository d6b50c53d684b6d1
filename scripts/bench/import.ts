/**
 * A 50,000-entry pack imported into a fresh profile as a reader would (issue 4: under 10 s, with
 * progress): preview, then commit, through the options page's protocol messages, counting the progress
 * messages the page receives, then the store's count of user entries. (That they survive a restart is
 * tested in tests/e2e, not timed here.)
 */
import { PACK_FORMAT, PACK_VERSION } from '../../lib/kb/pack';
import { launchChromium } from '../../tests/e2e/chromium';
import { syntheticGlossary } from './generate';

export async function importBench(n = 50_000): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const text = JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION, name: 'bench', entries: syntheticGlossary(n, 5) });
  out[`import file (MB)`] = text.length / 1e6;
  const h = await launchChromium();
  try {
    const opts = await h.extensionPage('options.html');
    await opts.evaluate(() => {
      const w = window as unknown as { __progress: number };
      w.__progress = 0;
      chrome.runtime.onMessage.addListener((m: { hamishProgress?: unknown }) => {
        if (m?.hamishProgress) w.__progress++;
      });
    });
    const ask = (name: string, params: unknown) =>
      opts.evaluate(([name, params]) => chrome.runtime.sendMessage({ hamish: 1, name, params }), [name, params] as const) as Promise<{ ok: boolean; value?: { written?: number; added?: number }; error?: string }>;
    let t0 = Date.now();
    const preview = await ask('import.preview', { text, format: 'json' });
    out[`preview ${n.toLocaleString('en')} entries (s)`] = (Date.now() - t0) / 1000;
    t0 = Date.now();
    const res = await ask('import.commit', { text, format: 'json', job: 'bench' });
    out[`import ${n.toLocaleString('en')} entries (s)`] = (Date.now() - t0) / 1000;
    out['import progress messages'] = await opts.evaluate(() => (window as unknown as { __progress: number }).__progress);
    if (!preview.ok || !res.ok) out['import error'] = String(res.error ?? preview.error ?? 'unknown');
    out['entries written'] = res.value?.written ?? 0;
    const status = (await ask('kb.status', {})) as { value?: { counts: { user: number } } };
    out['user entries after import'] = status.value?.counts.user ?? 0;
    await opts.close();
  } finally {
    await h.close();
  }
  return out;
}
