/**
 * Storage migrations for the settings items (WXT runs `migrations[n]` on a stored value of version n-1).
 * Each is a pure function of the stored value, so it can be tested without a browser, and idempotent,
 * because every extension context that imports the items may run it at once.
 */
import { ENTITY_TYPES, type EntityType } from '../kb/entity-types';
import { siteKey } from './sites';
import { DEFAULT_SETTINGS, HOVER_DELAY_MAX, HOVER_DELAY_MIN, type Settings } from './schema';

const HEX6 = /^#[0-9a-f]{6}$/;
const HEX3 = /^#[0-9a-f]{3}$/;

/** A colour as `#rrggbb` (the only form `<input type="color">` holds), or null. */
export function hexColor(c: unknown): string | null {
  if (typeof c !== 'string') return null;
  const s = c.trim().toLowerCase();
  if (HEX6.test(s)) return s;
  if (HEX3.test(s)) return '#' + [...s.slice(1)].map((d) => d + d).join('');
  return null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Any stored value → a valid current `Settings`: missing fields take defaults, a hover delay is clamped to the
 * slider's range, colours become `#rrggbb`, unknown keys are dropped.
 */
export function normalizeSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const types = isRecord(s.types) ? s.types : {};
  const colors = isRecord(s.colors) ? s.colors : {};
  const delay = typeof s.hoverDelay === 'number' && Number.isFinite(s.hoverDelay) ? Math.round(s.hoverDelay) : DEFAULT_SETTINGS.hoverDelay;
  const perType = <T>(pick: (t: EntityType) => T) => Object.fromEntries(ENTITY_TYPES.map((t) => [t, pick(t)])) as Record<EntityType, T>;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    cardLanguage: s.cardLanguage === 'ar' || s.cardLanguage === 'en' ? s.cardLanguage : DEFAULT_SETTINGS.cardLanguage,
    hoverDelay: Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, delay)),
    highlightStyle: s.highlightStyle === 'underline' || s.highlightStyle === 'background' ? s.highlightStyle : DEFAULT_SETTINGS.highlightStyle,
    types: perType((t) => (typeof types[t] === 'boolean' ? (types[t] as boolean) : DEFAULT_SETTINGS.types[t])),
    colors: perType((t) => hexColor(colors[t]) ?? DEFAULT_SETTINGS.colors[t]),
  };
}

/**
 * Settings v1 → v2. Version 1 stored whatever the writer passed: partial objects, colour names or
 * `#rgb` that the colour picker cannot show, any hover delay. Version 2 guarantees a complete object
 * within range.
 */
export function settingsV1toV2(v1: unknown): Settings {
  return normalizeSettings(v1);
}

/**
 * Sites v1 → v2. Version 1 keyed the per-site switch by the raw hostname, so www.example.com and
 * example.com were two switches; version 2 keys by `siteKey`. Where two v1 keys meet, "off" wins:
 * a site the reader switched off under either name stays off.
 */
export function sitesV1toV2(v1: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (!isRecord(v1)) return out;
  for (const [host, on] of Object.entries(v1)) {
    if (typeof on !== 'boolean') continue;
    const k = siteKey(host);
    if (!k) continue;
    out[k] = (out[k] ?? true) && on;
  }
  return out;
}
