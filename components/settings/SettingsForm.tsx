import { ENTITY_TYPES } from '@/lib/kb/pack';
import { t } from '@/lib/i18n/t';
import { DEFAULT_SETTINGS, HOVER_DELAY_MAX, HOVER_DELAY_MIN, HOVER_DELAY_STEP, type Settings, type SettingsPatch } from '@/lib/settings/schema';
import { ShortcutList, type ShortcutListProps } from './ShortcutList';
import '@/components/common/theme.css';
import './settings.css';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  /** The keyboard shortcuts block; left out when absent (e.g. in a compact context). */
  shortcuts?: ShortcutListProps;
  /** Prefix for element ids, unique per page. */
  idPrefix?: string;
}

/** Every reader setting, from props only; each change is reported at once as a patch. */
export function SettingsForm({ settings, onChange, shortcuts, idPrefix = 'h-set' }: SettingsFormProps) {
  const id = (s: string) => `${idPrefix}-${s}`;
  const ms = t('settings_ms', String(settings.hoverDelay));
  return (
    <form class="h-settings" onSubmit={(e) => e.preventDefault()} data-style={settings.highlightStyle}>
      <p class="h-settings__muted">{t('settings_liveHint')}</p>

      <fieldset class="h-settings__group">
        <legend>{t('settings_cardLanguage')}</legend>
        <div class="h-settings__choices">
          {(['ar', 'en'] as const).map((l) => (
            <label key={l} class="h-settings__choice">
              <input type="radio" name={id('lang')} value={l} checked={settings.cardLanguage === l} onChange={() => onChange({ cardLanguage: l })} />
              <span lang={l}>{t(`settings_lang_${l}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="h-settings__group">
        <legend id={id('delay-label')}>{t('settings_hoverDelay')}</legend>
        <div class="h-settings__range">
          <input
            id={id('delay')}
            type="range"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={HOVER_DELAY_STEP}
            value={settings.hoverDelay}
            aria-labelledby={id('delay-label')}
            aria-valuetext={ms}
            aria-describedby={id('delay-hint')}
            onInput={(e) => onChange({ hoverDelay: Number((e.currentTarget as HTMLInputElement).value) })}
          />
          <output for={id('delay')} class="h-settings__output">
            <bdi>{ms}</bdi>
          </output>
        </div>
        <p class="h-settings__muted" id={id('delay-hint')}>
          {t('settings_hoverDelayHint')}
        </p>
      </fieldset>

      <fieldset class="h-settings__group">
        <legend>{t('settings_highlight')}</legend>
        <div class="h-settings__choices">
          {(['underline', 'background'] as const).map((st) => (
            <label key={st} class="h-settings__choice">
              <input type="radio" name={id('style')} value={st} checked={settings.highlightStyle === st} onChange={() => onChange({ highlightStyle: st })} />
              <span class="h-settings__sample" data-style={st} style={{ '--h-c': settings.colors.person }}>
                {t(`settings_style_${st}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="h-settings__group">
        <legend>{t('settings_types')}</legend>
        <p class="h-settings__muted">{t('settings_typesHint')}</p>
        <table class="h-settings__types">
          <thead>
            <tr>
              <th scope="col">{t('settings_typeShow')}</th>
              <th scope="col">{t('settings_typeColor')}</th>
              <th scope="col">{t('settings_sample')}</th>
            </tr>
          </thead>
          <tbody>
            {ENTITY_TYPES.map((ty) => {
              const name = t(`type_${ty}`);
              return (
                <tr key={ty} data-type={ty}>
                  <td>
                    <label class="h-settings__choice">
                      <input type="checkbox" checked={settings.types[ty]} onChange={(e) => onChange({ types: { [ty]: (e.currentTarget as HTMLInputElement).checked } })} />
                      <span>{name}</span>
                    </label>
                  </td>
                  <td>
                    <input
                      type="color"
                      class="h-settings__color"
                      value={settings.colors[ty]}
                      aria-label={t('settings_typeColorOf', name)}
                      onInput={(e) => onChange({ colors: { [ty]: (e.currentTarget as HTMLInputElement).value } })}
                    />
                  </td>
                  <td>
                    <span class={`h-settings__sample${settings.types[ty] ? '' : ' h-settings__sample--off'}`} data-style={settings.highlightStyle} style={{ '--h-c': settings.colors[ty] }}>
                      {name}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div>
          <button type="button" class="h-button" onClick={() => onChange({ colors: { ...DEFAULT_SETTINGS.colors } })}>
            {t('settings_resetColors')}
          </button>
        </div>
      </fieldset>

      {shortcuts && (
        <fieldset class="h-settings__group">
          <legend>{t('settings_shortcuts')}</legend>
          <p class="h-settings__muted">{t('settings_shortcutsHint')}</p>
          <ShortcutList {...shortcuts} />
        </fieldset>
      )}

      <div class="h-settings__footer">
        <button
          type="button"
          class="h-button"
          onClick={() => onChange({ ...DEFAULT_SETTINGS, enabled: settings.enabled, types: { ...DEFAULT_SETTINGS.types }, colors: { ...DEFAULT_SETTINGS.colors } })}
        >
          {t('settings_resetAll')}
        </button>
      </div>
    </form>
  );
}
