/** The connected popup: finds its tab, loads and saves settings, talks to the page and the background. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/send';
import { uiLang } from '@/lib/i18n/t';
import { settingsItem, sitesItem } from '@/lib/settings/items';
import { normalizeSettings } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@/lib/settings/schema';
import { isSiteEnabled, siteOfUrl } from '@/lib/settings/sites';
import { setSiteEnabled, updateSettings } from '@/lib/settings/update';
import { hasSiteAccess, injectInto, requestSiteAccess } from '@/lib/settings/access';
import { PopupView } from './PopupView';
import { sendTab, targetTab } from './tab';
import type { PageState, SiteState } from './types';

/** How often the popup asks the page again while open (pages load more text as they scroll). */
const POLL_MS = 1500;
/** After a switch, the content script needs a moment to re-apply before its counts mean anything. */
const SETTLE_MS = 150;

export interface PopupProps {
  /** `location.search` of the popup page. */
  search: string;
  /** Closes the popup after revealing an entity (not when the popup runs as a tab in tests). */
  close?: () => void;
}

export function Popup({ search, close }: PopupProps) {
  const lang = uiLang();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [sites, setSites] = useState<Record<string, boolean>>({});
  const [tab, setTab] = useState<{ id: number; host: string | null } | null>(null);
  const [access, setAccess] = useState<'unknown' | 'granted' | 'missing' | 'denied'>('unknown');
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [kbNoIdb, setKbNoIdb] = useState(false);
  // Nothing is drawn until the stored switches are known, so no switch flips under the reader's eyes.
  const [loaded, setLoaded] = useState(false);
  const tabId = tab?.id;
  const askTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    const m = await sendTab(tabId, 'page.mentions', {});
    setPage(m ? { kind: 'ok', mentions: m } : { kind: 'absent' });
  }, [tabId]);

  const refreshSoon = useCallback(() => {
    clearTimeout(askTimer.current);
    askTimer.current = setTimeout(() => void refresh(), SETTLE_MS);
  }, [refresh]);

  // Settings and site switches: load, then follow every change (the options page may change them too).
  useEffect(() => {
    void Promise.all([settingsItem.getValue(), sitesItem.getValue()]).then(([s, st]) => {
      setSettings(normalizeSettings(s));
      setSites(st);
      setLoaded(true);
    });
    const u1 = settingsItem.watch((s) => setSettings(normalizeSettings(s)));
    const u2 = sitesItem.watch(setSites);
    send('kb.status', {})
      .then((st) => setKbNoIdb(st.idb === false))
      .catch(() => undefined);
    return () => {
      u1();
      u2();
    };
  }, []);

  useEffect(() => {
    void targetTab(search).then(async (tt) => {
      const host = siteOfUrl(tt?.url);
      setTab(tt ? { id: tt.id, host } : { id: -1, host: null });
      if (host) setAccess((await hasSiteAccess(host)) ? 'granted' : 'missing');
    });
  }, [search]);

  // No content script runs on pages without a site (browser pages, the extension's own): nothing to ask.
  const pageHost = tab?.host ?? null;
  useEffect(() => {
    if (tabId === undefined || tabId < 0 || !pageHost) return;
    void refresh();
    const iv = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(iv);
  }, [tabId, pageHost, refresh]);

  // Any change to what the page should show: ask again once the content script has applied it.
  useEffect(() => refreshSoon(), [settings, sites, refreshSoon]);

  const host = tab?.host ?? null;
  let site: SiteState;
  if (!tab) site = { kind: 'loading' };
  else if (!host) site = { kind: 'unsupported' };
  else if (access === 'unknown') site = { kind: 'loading' };
  else if (access !== 'granted') site = { kind: 'needs-access', host, denied: access === 'denied' };
  else site = { kind: 'ready', host, enabled: isSiteEnabled(host, sites) };

  /** Starts the content script in the tab if it is not there yet (a site switched on after the page loaded). */
  const ensureContent = async () => {
    if (tabId === undefined || tabId < 0) return;
    if (await sendTab(tabId, 'page.mentions', {})) return;
    await injectInto(tabId).catch((e: unknown) => console.warn('hamish: could not start on this tab:', e instanceof Error ? e.message : String(e)));
  };

  if (!loaded) return null;
  return (
    <PopupView
      lang={lang}
      settings={settings}
      site={site}
      page={page}
      kbNoIdb={kbNoIdb}
      onSettings={(patch: SettingsPatch) => {
        void updateSettings(patch).then(setSettings);
        if (patch.enabled && host && isSiteEnabled(host, sites) && access === 'granted') void ensureContent();
      }}
      onSite={(on) => {
        if (!host) return;
        void setSiteEnabled(host, on).then(() => (on ? ensureContent() : undefined));
      }}
      onEnableSite={() => {
        if (!host) return;
        // The permission request comes first, inside the click's user gesture.
        void requestSiteAccess(host).then(async (granted) => {
          setAccess(granted ? 'granted' : 'denied');
          if (!granted) return;
          await setSiteEnabled(host, true);
          await ensureContent();
          refreshSoon();
        });
      }}
      onReveal={(id) => {
        if (tabId === undefined || tabId < 0) return;
        void sendTab(tabId, 'page.reveal', { id }).then((r) => {
          if (r?.ok) close?.();
        });
      }}
      onOpenGlossary={() => void browser.runtime.openOptionsPage()}
      onOpenSettings={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#tab=settings') })}
    />
  );
}
