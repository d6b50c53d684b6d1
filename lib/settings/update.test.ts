import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './schema';
import { setSiteEnabled, updateSettings } from './update';
import { loadEffective, watchEffective, type Effective } from './live';
import { settingsItem, sitesItem } from './items';

beforeEach(() => fakeBrowser.reset());

describe('updateSettings', () => {
  it('merges per-type maps instead of replacing them', async () => {
    await updateSettings({ types: { person: false } });
    await updateSettings({ types: { place: false }, colors: { event: '#000000' } });
    const s = await settingsItem.getValue();
    expect(s.types).toEqual({ ...DEFAULT_SETTINGS.types, person: false, place: false });
    expect(s.colors.event).toBe('#000000');
    expect(s.colors.person).toBe(DEFAULT_SETTINGS.colors.person);
  });

  it('normalises what it writes', async () => {
    const s = await updateSettings({ hoverDelay: 123456 });
    expect(s.hoverDelay).toBe(1500);
  });
});

describe('setSiteEnabled', () => {
  it('stores the switch under the site key', async () => {
    await setSiteEnabled('WWW.Aljazeera.net', false);
    expect(await sitesItem.getValue()).toEqual({ 'aljazeera.net': false });
  });
});

describe('live settings for a content script', () => {
  it('a snapshot combines the master switch and the site switch', async () => {
    expect((await loadEffective('www.aljazeera.net')).active).toBe(true);
    await setSiteEnabled('aljazeera.net', false);
    expect(await loadEffective('www.aljazeera.net')).toMatchObject({ siteEnabled: false, active: false });
    await setSiteEnabled('aljazeera.net', true);
    await updateSettings({ enabled: false });
    expect(await loadEffective('www.aljazeera.net')).toMatchObject({ siteEnabled: true, active: false });
  });

  it('reports every change, and stops when aborted', async () => {
    const seen: Effective[] = [];
    const ac = new AbortController();
    watchEffective('www.aljazeera.net', (e) => seen.push(e), ac.signal);
    await new Promise((r) => setTimeout(r, 0));
    await setSiteEnabled('aljazeera.net', false);
    await vi.waitFor(() => expect(seen.at(-1)?.active).toBe(false));
    await updateSettings({ highlightStyle: 'background', types: { person: false } });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.highlightStyle).toBe('background'));
    expect(seen.at(-1)?.settings.types.person).toBe(false);
    expect(seen.at(-1)?.siteEnabled).toBe(false);
    ac.abort();
    const n = seen.length;
    await updateSettings({ enabled: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(n);
  });
});
