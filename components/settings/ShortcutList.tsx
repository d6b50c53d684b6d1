import { t } from '@/lib/i18n/t';

export interface Shortcut {
  name: string;
  description?: string;
  /** As the browser reports it ("Alt+Shift+H"); empty or absent when not set. */
  shortcut?: string;
}

export interface ShortcutListProps {
  commands: Shortcut[] | null;
  /** 'page': a button opens the browser's shortcut page; 'firefox': instructions (older Firefox has no such page to open). */
  change: 'page' | 'firefox';
  onChange: () => void;
}

/** The browser-defined command that opens the popup has no description of ours. */
function commandLabel(c: Shortcut): string {
  if (c.name === '_execute_action' || c.name === '_execute_browser_action') return t('settings_cmd_open');
  return c.description || c.name;
}

/** The extension's keyboard commands and their current keys; the browser owns the keys, so changing them links out. */
export function ShortcutList({ commands, change, onChange }: ShortcutListProps) {
  return (
    <div class="h-settings__shortcuts">
      {commands && commands.length > 0 ? (
        <table class="h-settings__shortcut-table">
          <tbody>
            {commands.map((c) => (
              <tr key={c.name} data-command={c.name}>
                <th scope="row">{commandLabel(c)}</th>
                <td>
                  {c.shortcut ? (
                    <kbd class="h-kbd" dir="ltr">
                      {c.shortcut}
                    </kbd>
                  ) : (
                    <span class="h-settings__muted">{t('settings_shortcutNone')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        commands && <p class="h-settings__muted">{t('settings_shortcutsNone')}</p>
      )}
      {change === 'page' ? (
        <button type="button" class="h-button" onClick={onChange}>
          {t('settings_shortcutsChange')}
        </button>
      ) : (
        <p class="h-settings__muted">{t('settings_shortcutsFirefox')}</p>
      )}
    </div>
  );
}
