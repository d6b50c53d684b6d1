/** The connected settings section for the options page: loads, saves and follows the stored settings. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLang } from '@/lib/i18n/t';
import { settingsItem } from '@/lib/settings/items';
import { normalizeSettings } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, mergeSettings, type Settings, type SettingsPatch } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/update';
import { SettingsForm } from './SettingsForm';
import type { Shortcut } from './ShortcutList';

const WRITE_MS = 120;

type CommandsApi = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

/** How this browser lets the reader change shortcuts: Chromium has a page to open; Firefox 137+ opens its own. */
function shortcutChange(): 'page' | 'firefox' {
  const isFirefox = import.meta.env.FIREFOX;
  if (!isFirefox) return 'page';
  return typeof (browser.commands as CommandsApi).openShortcutSettings === 'function' ? 'page' : 'firefox';
}

function openShortcutPage(): void {
  const cmds = browser.commands as CommandsApi;
  if (typeof cmds.openShortcutSettings === 'function') void cmds.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function SettingsSection() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [commands, setCommands] = useState<Shortcut[] | null>(null);
  const lang = uiLang();
  // Sliders and colour pickers report every step: show each at once, write at most every WRITE_MS.
  const pending = useRef<SettingsPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const change = (patch: SettingsPatch) => {
    setSettings((s) => normalizeSettings(mergeSettings(s, patch)));
    const p = pending.current;
    pending.current = p ? { ...p, ...patch, types: { ...p.types, ...patch.types }, colors: { ...p.colors, ...patch.colors } } : patch;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const all = pending.current;
      pending.current = null;
      if (all) void updateSettings(all);
    }, WRITE_MS);
  };

  useEffect(() => {
    void settingsItem.getValue().then((s) => setSettings(normalizeSettings(s)));
    // While a write is pending, the stored value is older than the form: keep the form.
    const unwatch = settingsItem.watch((s) => pending.current === null && setSettings(normalizeSettings(s)));
    browser.commands
      .getAll()
      .then((cs) => setCommands(cs.map((c) => ({ name: c.name ?? '', description: c.description, shortcut: c.shortcut }))))
      .catch(() => setCommands([]));
    return () => {
      unwatch();
      clearTimeout(timer.current);
      if (pending.current) void updateSettings(pending.current);
    };
  }, []);

  return (
    <section id="settings" class="h-root h-settings-section" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} aria-labelledby="h-settings-heading">
      <h2 id="h-settings-heading">{t('settings_heading')}</h2>
      <SettingsForm
        settings={settings}
        onChange={change}
        shortcuts={{ commands, change: shortcutChange(), onChange: openShortcutPage }}
      />
    </section>
  );
}
