/**
 * Settings in the background: migrations run here only; content scripts are told when the settings change
 * and ask for their snapshot again (`settings.get`); on Chrome, storage.local is closed to content scripts.
 */
import { browser } from 'wxt/browser';
import { broadcastToTabs } from '@/lib/kb/background';
import { settingsItem, sitesItem } from '@/lib/settings/items';
import { migrateSettings } from '@/lib/settings/migrate';

interface AccessLevelArea {
  setAccessLevel?(o: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
}

/**
 * Chrome lets an extension keep storage.local from content scripts (StorageArea.setAccessLevel, Chromium's
 * storage_local_access_level pref); Firefox supports it for storage.session only, so there the content script
 * simply never uses storage (docs/permissions.md).
 */
export async function closeStorageToContentScripts(): Promise<boolean> {
  const local = browser.storage.local as unknown as AccessLevelArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

export function initSettings(): void {
  void closeStorageToContentScripts();
  void migrateSettings();
  const changed = () => void broadcastToTabs({ hamishTab: 1, name: 'settings.changed', params: {} });
  settingsItem.watch(changed);
  sitesItem.watch(changed);
}
