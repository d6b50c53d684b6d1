/**
 * Reader settings as WXT typed storage items (chrome.storage.local), versioned.
 * Only the background reads them for content scripts, which get a read-only snapshot through the protocol
 * (`settings.get`, lib/page/settings-client.ts); the popup and options page write (lib/settings/update.ts).
 * Migrations run in the background only (lib/settings/migrate.ts): these definitions carry none, so that
 * opening a page never writes storage.
 *
 * Versions: settings v2 = complete and in range (see migrations.ts); sites v2 = keyed by `siteKey`.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export { DEFAULT_SETTINGS, withDefaults, mergeSettings, type Settings, type SettingsPatch } from './schema';

export const SETTINGS_VERSION = 2;
export const SITES_VERSION = 2;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** Per-site switch: site key (lib/settings/sites.ts `siteKey`) → on/off. A site absent from the map follows the default list. */
export const sitesItem = storage.defineItem<Record<string, boolean>>('local:sites', {
  fallback: {},
  version: SITES_VERSION,
});
