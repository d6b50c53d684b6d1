/** The settings tab: the popup author's connected settings section, shared with the popup. */
import { SettingsSection } from '@/components/settings/SettingsSection';

export function SettingsPanel() {
  return (
    <div class="settings-panel">
      <SettingsSection />
    </div>
  );
}
