/**
 * Reader settings as WXT typed storage items (chrome.storage.local), versioned with migrations.
 * Content scripts read a snapshot and watch for changes; the popup and options page write.
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../kb/pack';

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Card language. */
  cardLanguage: 'ar' | 'en';
  /** Pointer rest before the card opens, ms. */
  hoverDelay: number;
  highlightStyle: 'underline' | 'background';
  /** Per-type visibility. */
  types: Record<EntityType, boolean>;
  /** Per-type colours (CSS colour strings). */
  colors: Record<EntityType, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  cardLanguage: 'ar',
  hoverDelay: 200,
  highlightStyle: 'underline',
  types: { person: true, organization: true, place: true, document: true, event: true, other: true },
  // Mid-tone hues readable as underline or translucent background on light and dark pages.
  colors: { person: '#d9480f', organization: '#1c7ed6', place: '#2f9e44', document: '#9c36b5', event: '#e8590c', other: '#868e96' },
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Per-site switch: hostname → on/off. A host absent from the map follows the default list (see lib/settings/sites.ts). */
export const sitesItem = storage.defineItem<Record<string, boolean>>('local:sites', {
  fallback: {},
  version: 1,
});

/** Fills in fields a stored object may lack (an older version, a partial write). */
export function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    types: { ...DEFAULT_SETTINGS.types, ...s?.types },
    colors: { ...DEFAULT_SETTINGS.colors, ...s?.colors },
  };
}
