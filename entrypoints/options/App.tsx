/** The options page: glossary editor, "Try it", import and export, settings. Wiring only; the pieces live in components/. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { KbStatus } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { t } from '@/lib/i18n/t';
import type { Notice } from '@/components/glossary/EntryEditor';
import { ExportPanel } from '@/components/glossary/ExportPanel';
import { formatCount } from '@/components/glossary/format';
import { GlossaryPanel } from '@/components/glossary/GlossaryPanel';
import { parseHash, routeHash, type Route, type Tab } from '@/components/glossary/hash';
import { ImportPanel } from '@/components/glossary/ImportPanel';
import { KbBanner } from '@/components/glossary/KbBanner';
import { Tabs } from '@/components/glossary/Tabs';
import { Toast } from '@/components/glossary/Toast';
import { TryItPanel } from '@/components/glossary/TryItPanel';
import { SettingsPanel } from './SettingsPanel';

/** Long enough to reach the undo button by keyboard (WCAG 2.2.1 asks for time to act). */
const TOAST_MS = 15_000;

export function App({ lang }: { lang: 'ar' | 'en' }) {
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  const [status, setStatus] = useState<KbStatus>();
  const [refresh, setRefresh] = useState(0);
  const [toast, setToast] = useState<Notice>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    send('kb.status', {})
      .then(setStatus)
      .catch(() => undefined);
  }, [refresh]);

  const go = (r: Route) => {
    setRoute(r);
    // replaceState: moving through the list should not fill the history; it also fires no hashchange.
    history.replaceState(null, '', routeHash(r) || location.pathname + location.search);
  };
  const notify = (n: Notice) => {
    clearTimeout(timer.current);
    setToast(n);
    timer.current = setTimeout(() => setToast(undefined), TOAST_MS);
  };
  const changed = () => setRefresh((n) => n + 1);

  const tabs: Array<{ id: Tab; label: string }> = [
    { id: 'glossary', label: t('options_tab_glossary') },
    { id: 'tryit', label: t('options_tab_tryit') },
    { id: 'import', label: t('options_tab_import') },
    { id: 'settings', label: t('options_tab_settings') },
  ];
  const panel = (id: Tab, body: ComponentChildren) => (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={route.tab !== id} class={`panel panel-${id}`}>
      {body}
    </div>
  );

  return (
    <>
      <header class="page-head">
        <h1>{t('options_heading')}</h1>
        {status && (
          <p class="kb-counts">
            {t('options_status_counts', [formatCount(status.counts.total), formatCount(status.counts.user + status.counts.edited)])}
          </p>
        )}
      </header>
      <KbBanner status={status} />
      <Tabs label={t('options_tabs_label')} tabs={tabs} active={route.tab} onChange={(tab) => go({ tab })} dir={lang === 'ar' ? 'rtl' : 'ltr'} />
      <main>
        {panel(
          'glossary',
          <GlossaryPanel selected={route.entry ?? null} onSelect={(entry) => go({ tab: 'glossary', entry: entry ?? undefined })} refresh={refresh} onChanged={changed} notify={notify} />,
        )}
        {panel('tryit', <TryItPanel active={route.tab === 'tryit'} refresh={refresh} />)}
        {panel(
          'import',
          <div class="import-export">
            <ImportPanel onChanged={changed} />
            <ExportPanel />
          </div>,
        )}
        {panel('settings', <SettingsPanel />)}
      </main>
      {toast && (
        <Toast
          message={toast.message}
          actionLabel={toast.actionLabel}
          onAction={
            toast.onAction &&
            (() => {
              setToast(undefined);
              toast.onAction?.();
            })
          }
          onDismiss={() => setToast(undefined)}
        />
      )}
    </>
  );
}
