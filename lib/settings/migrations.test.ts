import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hexColor, normalizeSettings, settingsV1toV2, sitesV1toV2 } from './migrations';
import { DEFAULT_SETTINGS } from './schema';

describe('hexColor', () => {
  it.each([
    ['#D9480F', '#d9480f'],
    ['#abc', '#aabbcc'],
    ['  #1c7ed6 ', '#1c7ed6'],
    ['red', null],
    ['#12345', null],
    ['rgb(1,2,3)', null],
    [42, null],
  ])('%j → %j', (input, out) => expect(hexColor(input)).toBe(out));
});

describe('settings v1 → v2', () => {
  const D = DEFAULT_SETTINGS;
  it.each([
    ['nothing stored as an object', 'garbage', D],
    ['an empty object', {}, D],
    ['a partial object keeps what it has', { enabled: false, hoverDelay: 400 }, { ...D, enabled: false, hoverDelay: 400 }],
    ['a delay above the slider is clamped', { hoverDelay: 99999 }, { ...D, hoverDelay: 1500 }],
    ['a negative delay is clamped', { hoverDelay: -5 }, { ...D, hoverDelay: 0 }],
    ['a fractional delay is rounded', { hoverDelay: 212.6 }, { ...D, hoverDelay: 213 }],
    ['a NaN delay takes the default', { hoverDelay: Number.NaN }, D],
    ['an unknown language takes the default', { cardLanguage: 'fr' }, D],
    ['an unknown style takes the default', { highlightStyle: 'blink' }, D],
    ['a background style is kept', { highlightStyle: 'background' }, { ...D, highlightStyle: 'background' }],
    ['a partial type map is filled', { types: { person: false } }, { ...D, types: { ...D.types, person: false } }],
    ['a non-boolean type switch takes the default', { types: { place: 'no' } }, D],
    ['#rgb colours become #rrggbb', { colors: { place: '#0f0' } }, { ...D, colors: { ...D.colors, place: '#00ff00' } }],
    ['colour names the picker cannot show take the default', { colors: { person: 'red' } }, D],
    ['unknown keys are dropped', { enabled: true, theme: 'dark' }, D],
  ])('%s', (_name, v1, v2) => expect(settingsV1toV2(v1)).toEqual(v2));

  it('is idempotent (every context may run it)', () => {
    const once = settingsV1toV2({ hoverDelay: 5000, colors: { event: '#ABC' } });
    expect(settingsV1toV2(once)).toEqual(once);
  });

  it('normalizeSettings of valid settings is the identity', () => {
    const s = { ...DEFAULT_SETTINGS, cardLanguage: 'en' as const, hoverDelay: 350 };
    expect(normalizeSettings(s)).toEqual(s);
  });
});

describe('sites v1 → v2', () => {
  it.each([
    ['raw hostnames become site keys', { 'www.example.com': true, 'News.Example.org.': false }, { 'example.com': true, 'news.example.org': false }],
    ['www and bare name meet: off wins', { 'www.aljazeera.net': false, 'aljazeera.net': true }, { 'aljazeera.net': false }],
    ['both on stays on', { 'www.a.com': true, 'a.com': true }, { 'a.com': true }],
    ['non-boolean values are dropped', { 'a.com': 'yes', 'b.com': true }, { 'b.com': true }],
    ['not an object', ['a.com'], {}],
  ])('%s', (_name, v1, v2) => expect(sitesV1toV2(v1)).toEqual(v2));
});

describe('the background runs the migrations (lib/settings/migrate.ts); pages never write', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('migrates a stored v1 settings object and records version 2', async () => {
    // What a v1 build wrote: no version meta (WXT reads that as v1), a partial object, a colour name.
    await fakeBrowser.storage.local.set({ settings: { enabled: false, hoverDelay: 9000, colors: { person: 'red', place: '#0f0' } } });
    const { migrateSettings } = await import('./migrate');
    await migrateSettings();
    const { settingsItem } = await import('./items');
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      hoverDelay: 1500,
      colors: { ...DEFAULT_SETTINGS.colors, place: '#00ff00' },
    });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: 2 });
  });

  it('migrates stored v1 site switches to site keys', async () => {
    await fakeBrowser.storage.local.set({ sites: { 'www.example.com': true }, sites$: { v: 1 } });
    await (await import('./migrate')).migrateSettings();
    const { sitesItem } = await import('./items');
    expect(await sitesItem.getValue()).toEqual({ 'example.com': true });
    expect(await sitesItem.getMeta()).toEqual({ v: 2 });
  });

  it('leaves a v2 value alone', async () => {
    const v2 = { ...DEFAULT_SETTINGS, hoverDelay: 300 };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await (await import('./migrate')).migrateSettings();
    const { settingsItem } = await import('./items');
    expect(await settingsItem.getValue()).toEqual(v2);
  });

  it('a page that reads v1 values writes nothing (only the background migrates)', async () => {
    const v1 = { settings: { enabled: false, hoverDelay: 9000 }, sites: { 'www.example.com': true } };
    await fakeBrowser.storage.local.set(v1);
    const { settingsItem, sitesItem } = await import('./items');
    await Promise.all([settingsItem.getValue(), sitesItem.getValue()]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(v1);
  });
});
