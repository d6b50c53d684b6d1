/** Writes from the popup and the options page: read, merge, normalise, write. */
import { settingsItem, sitesItem } from './items';
import { normalizeSettings } from './migrations';
import { mergeSettings, type Settings, type SettingsPatch } from './schema';
import { siteKey } from './sites';

/** The stored settings, complete and valid. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies a change to the stored settings and returns the result. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = normalizeSettings(mergeSettings(await loadSettings(), patch));
  await settingsItem.setValue(next);
  return next;
}

/** Remembers the reader's switch for one site. */
export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  const sites = await sitesItem.getValue();
  await sitesItem.setValue({ ...sites, [siteKey(host)]: on });
}
