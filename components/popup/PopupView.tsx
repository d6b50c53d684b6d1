import { ENTITY_TYPES, type EntityType } from '@/lib/kb/pack';
import { t } from '@/lib/i18n/t';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';
import { Toggle } from '@/components/common/Toggle';
import { EntityList } from './EntityList';
import type { PageState, SiteState } from './types';
import './popup.css';

export interface PopupViewProps {
  lang: 'ar' | 'en';
  settings: Settings;
  site: SiteState;
  page: PageState;
  /** kb.status said the knowledge base runs without IndexedDB. */
  kbNoIdb: boolean;
  onSettings: (patch: SettingsPatch) => void;
  onSite: (on: boolean) => void;
  /** Asks for this site's host permission (must run inside the click). */
  onEnableSite: () => void;
  onReveal: (id: string) => void;
  onOpenGlossary: () => void;
  onOpenSettings: () => void;
}

/** The popup, from props only: switches, the page's mentions, links. */
export function PopupView(p: PopupViewProps) {
  const { lang, settings, site } = p;
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const active = settings.enabled && site.kind === 'ready' && site.enabled;
  return (
    <div class="h-root popup" lang={lang} dir={dir}>
      <header class="popup__header">
        <h1 class="popup__title">
          <span class="popup__logo" aria-hidden="true">
            ه
          </span>
          {t('extName')}
        </h1>
      </header>

      <section class="popup__card" aria-label={t('extName')}>
        <Toggle
          id="h-enabled"
          label={t('popup_enabled')}
          hint={settings.enabled ? undefined : t('popup_enabledHint')}
          checked={settings.enabled}
          onChange={(on) => p.onSettings({ enabled: on })}
        />
        <SiteRow {...p} />
      </section>

      {p.kbNoIdb && (
        <p class="h-notice popup__notice" role="status">
          {t('popup_kbNoIdb')}
        </p>
      )}

      {site.kind !== 'unsupported' && site.kind !== 'needs-access' && (
        <PageSection {...p} active={active} />
      )}

      <footer class="popup__footer">
        <button type="button" class="h-link-button" onClick={p.onOpenGlossary}>
          {t('popup_glossary')}
        </button>
        <button type="button" class="h-link-button" onClick={p.onOpenSettings}>
          {t('popup_settings')}
        </button>
      </footer>
    </div>
  );
}

function SiteRow({ site, settings, onSite, onEnableSite }: PopupViewProps) {
  if (site.kind === 'loading') return null;
  if (site.kind === 'unsupported') return <p class="popup__muted">{t('popup_siteUnsupported')}</p>;
  if (site.kind === 'needs-access') {
    return (
      <div class="popup__access">
        <p class="popup__host">
          <bdi dir="ltr">{site.host}</bdi>
        </p>
        <button type="button" class="h-button h-button--primary" onClick={onEnableSite} aria-describedby="h-access-hint">
          {t('popup_siteEnable')}
        </button>
        <p class="popup__muted" id="h-access-hint">
          {site.denied ? t('popup_siteDenied') : t('popup_siteEnableHint')}
        </p>
      </div>
    );
  }
  return (
    <Toggle
      id="h-site"
      label={t('popup_site')}
      hint={<bdi dir="ltr">{site.host}</bdi>}
      checked={site.enabled}
      disabled={!settings.enabled}
      onChange={onSite}
    />
  );
}

function PageSection(p: PopupViewProps & { active: boolean }) {
  const { page, settings, lang, active } = p;
  const byType: Partial<Record<EntityType, number>> = page.kind === 'ok' && active ? page.mentions.byType : {};
  const shown = ENTITY_TYPES.filter((ty) => settings.types[ty]);
  const total = shown.reduce((n, ty) => n + (byType[ty] ?? 0), 0);
  const items = page.kind === 'ok' && active ? page.mentions.items.filter((it) => settings.types[it.type]) : [];
  const anyFound = page.kind === 'ok' && page.mentions.items.length > 0;

  let status: string | null = null;
  if (!active) status = t('popup_paused');
  else if (page.kind === 'loading') status = t('popup_loading');
  else if (page.kind === 'absent') status = t('popup_absent');
  else if (!anyFound) status = t('popup_noMentions');
  else if (!items.length) status = t('popup_allHidden');

  return (
    <section class="popup__page" aria-labelledby="h-page-heading">
      <div class="popup__page-head">
        <h2 id="h-page-heading">{t('popup_onPage')}</h2>
        {active && page.kind === 'ok' && (
          <span class="popup__total" data-total={total}>
            {t('popup_total', String(total))}
          </span>
        )}
      </div>

      <h3 class="popup__subheading" id="h-types-heading">
        {t('popup_showTypes')}
      </h3>
      <ul class="popup__types" aria-labelledby="h-types-heading">
        {ENTITY_TYPES.map((ty) => (
          <li key={ty}>
            <Toggle
              id={`h-type-${ty}`}
              label={
                <span class="popup__type-label">
                  <span class="h-dot" style={{ '--h-dot': settings.colors[ty] }} aria-hidden="true" />
                  {t(`popup_type_${ty}`)}
                </span>
              }
              aside={
                <span class="popup__type-count" data-type-count={ty}>
                  <bdi aria-hidden="true">{byType[ty] ?? 0}</bdi>
                  <span class="h-visually-hidden">{t('popup_typeCount', String(byType[ty] ?? 0))}</span>
                </span>
              }
              checked={settings.types[ty]}
              onChange={(on) => p.onSettings({ types: { [ty]: on } })}
            />
          </li>
        ))}
      </ul>

      <h3 class="popup__subheading">{t('popup_found')}</h3>
      <p class="popup__muted" aria-live="polite" data-page-status={status ? page.kind : undefined}>
        {status}
      </p>
      <p class="h-visually-hidden" id="h-entity-hint">
        {t('popup_revealHint')}
      </p>
      {!status && <EntityList items={items} lang={lang} colors={settings.colors} onReveal={p.onReveal} describedBy="h-entity-hint" />}
    </section>
  );
}
