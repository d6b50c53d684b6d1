/** The shape of the reader's settings and their defaults (no browser APIs: safe in any context and in Node). */
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
  /** Per-type colours, `#rrggbb`. */
  colors: Record<EntityType, string>;
}

/** Range of the hover-delay slider, ms. */
export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 1500;
export const HOVER_DELAY_STEP = 50;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  cardLanguage: 'ar',
  hoverDelay: 200,
  highlightStyle: 'underline',
  types: { person: true, organization: true, place: true, document: true, event: true, other: true },
  // Mid-tone hues readable as underline or translucent background on light and dark pages.
  colors: { person: '#d9480f', organization: '#1c7ed6', place: '#2f9e44', document: '#9c36b5', event: '#d6336c', other: '#868e96' },
};

/** Fills in fields a stored object may lack (an older version, a partial write). */
export function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    types: { ...DEFAULT_SETTINGS.types, ...s?.types },
    colors: { ...DEFAULT_SETTINGS.colors, ...s?.colors },
  };
}

/** A change to some settings; `types` and `colors` may name only the types that change. */
export type SettingsPatch = Partial<Omit<Settings, 'types' | 'colors'>> & {
  types?: Partial<Record<EntityType, boolean>>;
  colors?: Partial<Record<EntityType, string>>;
};

/** `cur` with `patch` applied; nested per-type maps are merged, not replaced. */
export function mergeSettings(cur: Settings, patch: SettingsPatch): Settings {
  return {
    ...cur,
    ...patch,
    types: { ...cur.types, ...patch.types },
    colors: { ...cur.colors, ...patch.colors },
  } as Settings;
}
