/**
 * Reader settings as WXT typed storage items (chrome.storage.local), versioned with migrations.
 * Content scripts read a snapshot and watch for changes (lib/settings/live.ts); the popup and options page write
 * (lib/settings/update.ts).
 *
 * Versions: settings v2 = complete and in range (see migrations.ts); sites v2 = keyed by `siteKey`.
 */
import { storage } from 'wxt/utils/storage';
import { settingsV1toV2, sitesV1toV2 } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export { DEFAULT_SETTINGS, withDefaults, mergeSettings, type Settings, type SettingsPatch } from './schema';

export const SETTINGS_VERSION = 2;
export const SITES_VERSION = 2;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: settingsV1toV2 },
});

/** Per-site switch: site key (lib/settings/sites.ts `siteKey`) → on/off. A site absent from the map follows the default list. */
export const sitesItem = storage.defineItem<Record<string, boolean>>('local:sites', {
  fallback: {},
  version: SITES_VERSION,
  migrations: { 2: sitesV1toV2 },
});
