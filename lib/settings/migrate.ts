/**
 * Storage migrations, run by the background alone (issue: storage writes happen in the background only).
 * The same keys as lib/settings/items.ts, defined again with their migrations; WXT runs them when the item is
 * defined and every read awaits them.
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_VERSION, SITES_VERSION } from './items';
import { settingsV1toV2, sitesV1toV2 } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './schema';

let done: Promise<void> | null = null;

/** Runs the settings and sites migrations once; resolves when both are done (a failure is logged by WXT and leaves the value as it was). */
export function migrateSettings(): Promise<void> {
  done ??= (async () => {
    const settings = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: { 2: settingsV1toV2 } });
    const sites = storage.defineItem<Record<string, boolean>>('local:sites', { fallback: {}, version: SITES_VERSION, migrations: { 2: sitesV1toV2 } });
    await Promise.all([settings.getValue(), sites.getValue()]);
  })();
  return done;
}
