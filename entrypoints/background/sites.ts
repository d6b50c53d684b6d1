/**
 * Runs the content script on the sites the reader switched on beyond the default list.
 * The default sites are declared in the manifest; every other site needs its optional host permission
 * (granted from the popup, or from the browser's own site-access menu) and a dynamic registration:
 * `scripting.registerContentScripts` in MV3, `contentScripts.register` in Firefox MV2 (which forgets
 * registrations when the background restarts, hence the sync at every start). See docs/permissions.md.
 */
import { browser } from 'wxt/browser';
import { sitesItem } from '@/lib/settings/items';
import { contentScriptFiles, injectInto } from '@/lib/settings/access';
import { isDefaultSite, siteKey, siteOfUrl, sitePatterns } from '@/lib/settings/sites';

const SCRIPT_ID = 'hamish-reader-sites';

/** The host an origin pattern grants, or null for a wildcard host (all hosts, or "*.example.com"). */
export function hostOfPattern(pattern: string): string | null {
  const m = /^[^:]+:\/\/([^/]+)\//.exec(pattern);
  const host = m?.[1];
  if (!host || host.includes('*')) return null;
  return siteKey(host.replace(/:\d+$/, ''));
}

/** Match patterns for every site the reader switched on and granted, outside the default list. */
export async function wantedMatches(sites: Record<string, boolean>): Promise<string[]> {
  const out: string[] = [];
  for (const [key, on] of Object.entries(sites)) {
    if (!on || isDefaultSite(key)) continue;
    const origins = sitePatterns(key);
    if (await browser.permissions.contains({ origins }).catch(() => false)) out.push(...origins);
  }
  return out.sort();
}

interface Mv2Registered {
  unregister(): Promise<void>;
}
interface Mv2ContentScripts {
  register(o: { matches: string[]; js: { file: string }[]; css: { file: string }[]; runAt: string; allFrames: boolean }): Promise<Mv2Registered>;
}
let mv2Handle: Mv2Registered | null = null;

async function applyMv3(matches: string[]): Promise<void> {
  const f = contentScriptFiles();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: f.js, css: f.css, runAt: f.runAt, allFrames: f.allFrames, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script] as never);
  else await browser.scripting.registerContentScripts([script] as never);
}

async function applyMv2(matches: string[]): Promise<void> {
  const f = contentScriptFiles();
  await mv2Handle?.unregister();
  mv2Handle = null;
  if (!matches.length) return;
  const api = (browser as unknown as { contentScripts: Mv2ContentScripts }).contentScripts;
  mv2Handle = await api.register({
    matches,
    js: f.js.map((file) => ({ file: '/' + file })),
    css: f.css.map((file) => ({ file: '/' + file })),
    runAt: f.runAt,
    allFrames: f.allFrames,
  });
}

let last: string | null = null;

async function sync(): Promise<void> {
  const matches = await wantedMatches(await sitesItem.getValue());
  const sig = matches.join(' ');
  if (sig === last && browser.runtime.getManifest().manifest_version === 2) return;
  if (browser.runtime.getManifest().manifest_version === 3) await applyMv3(matches);
  else await applyMv2(matches);
  last = sig;
}

/** A permission granted from the browser's own menu switches the site on too (granting is the reader's intent). */
async function rememberGranted(origins: string[] | undefined): Promise<void> {
  const keys = (origins ?? []).map(hostOfPattern).filter((k): k is string => k !== null && !isDefaultSite(k));
  if (!keys.length) return;
  const sites = await sitesItem.getValue();
  const missing = keys.filter((k) => sites[k] !== true);
  if (missing.length) await sitesItem.setValue({ ...sites, ...Object.fromEntries(missing.map((k) => [k, true])) });
}

/**
 * Starts the content script in open tabs of newly granted sites that do not run it yet. The popup does this
 * for its own tab, but Firefox closes the popup when the permission prompt opens, so the background does it too
 * (the content script ignores a second injection).
 */
async function startInOpenTabs(origins: string[] | undefined): Promise<void> {
  const patterns = (origins ?? []).filter((o) => hostOfPattern(o) !== null);
  if (!patterns.length) return;
  const sites = await sitesItem.getValue();
  const tabs = await browser.tabs.query({ url: patterns });
  for (const tab of tabs) {
    const key = siteOfUrl(tab.url);
    if (tab.id === undefined || !key || sites[key] !== true) continue;
    const alive = await browser.tabs.sendMessage(tab.id, { hamishTab: 1, name: 'page.mentions', params: {} }, { frameId: 0 }).then(
      (r) => r !== undefined,
      () => false,
    );
    if (!alive) await injectInto(tab.id).catch(() => undefined);
  }
}

/**
 * Registers the content script for the reader's own sites and keeps the registration in step with the
 * site switches and with permission changes. Call once when the background starts; returns a stop function.
 */
export function initSites(): () => void {
  let chain = Promise.resolve();
  const resync = () => {
    chain = chain.then(sync).catch((e: unknown) => console.warn('hamish: site registration failed:', e instanceof Error ? e.message : String(e)));
  };
  const onAdded = (p: { origins?: string[] }) => {
    chain = chain.then(() => rememberGranted(p.origins)).catch(() => undefined);
    resync();
    chain = chain.then(() => startInOpenTabs(p.origins)).catch(() => undefined);
  };
  const onRemoved = () => resync();
  const unwatch = sitesItem.watch(resync);
  browser.permissions.onAdded.addListener(onAdded);
  browser.permissions.onRemoved.addListener(onRemoved);
  resync();
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(onAdded);
    browser.permissions.onRemoved.removeListener(onRemoved);
  };
}
