/**
 * What a content script needs to know about the settings: a snapshot, then every change, for one host.
 * The content script does not read storage itself beyond this (STYLE.md, after 10ten's config.ts).
 */
import { settingsItem, sitesItem } from './items';
import { normalizeSettings } from './migrations';
import type { Settings } from './schema';
import { isSiteEnabled } from './sites';

export interface Effective {
  settings: Settings;
  /** The reader's switch for this site (or the default list). */
  siteEnabled: boolean;
  /** Whether to highlight at all: the master switch and the site switch both on. */
  active: boolean;
}

function effective(rawSettings: unknown, sites: Record<string, boolean> | null, host: string): Effective {
  const settings = normalizeSettings(rawSettings);
  const siteEnabled = isSiteEnabled(host, sites ?? {});
  return { settings, siteEnabled, active: settings.enabled && siteEnabled };
}

/** The settings as they apply to `host` now. */
export async function loadEffective(host: string): Promise<Effective> {
  const [s, sites] = await Promise.all([settingsItem.getValue(), sitesItem.getValue()]);
  return effective(s, sites, host);
}

/**
 * Calls `onChange` with the settings for `host` after every change to the settings or the site switches
 * (storage.onChanged fires in every open tab, so a change applies at once). Returns the unwatch function;
 * an aborted `signal` unwatches too.
 */
export function watchEffective(host: string, onChange: (e: Effective) => void, signal?: AbortSignal): () => void {
  let settings: unknown = null;
  let sites: Record<string, boolean> | null = null;
  let ready = false;
  let missed = false;
  let stopped = false;
  const emit = () => {
    if (stopped) return;
    if (ready) onChange(effective(settings, sites, host));
    else missed = true;
  };
  const un1 = settingsItem.watch((v) => {
    settings = v;
    emit();
  });
  const un2 = sitesItem.watch((v) => {
    sites = v;
    emit();
  });
  // Seed the state; a change that arrived while seeding is delivered once the state is whole.
  void Promise.all([settingsItem.getValue(), sitesItem.getValue()]).then(([s, st]) => {
    settings ??= s;
    sites ??= st;
    ready = true;
    if (missed && !stopped) emit();
  });
  const stop = () => {
    stopped = true;
    un1();
    un2();
  };
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
