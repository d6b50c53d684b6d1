/** Export (connected): the user's entries or everything, as pack JSON or CSV, saved as a download. */
import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/send';
import { t } from '@/lib/i18n/t';
import { downloadText } from './download';
import { formatCount } from './format';

export function ExportPanel() {
  const [scope, setScope] = useState<'user' | 'all'>('user');
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string>();
  const [error, setError] = useState<string>();

  const run = async () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const { text, count } = await send('export', { scope, format });
      const date = new Date().toISOString().slice(0, 10);
      downloadText(text, `hamish-${scope === 'user' ? 'mine' : 'all'}-${date}.${format}`, format === 'json' ? 'application/json' : 'text/csv');
      setResult(t('options_export_done', formatCount(count)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const radio = <V extends string>(name: string, value: V, current: V, set: (v: V) => void, label: string) => (
    <label class="radio">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => set(value)} /> {label}
    </label>
  );

  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('options_export_title')}</h2>
      <fieldset>
        <legend>{t('options_export_scope')}</legend>
        {radio('export-scope', 'user', scope, setScope, t('options_export_scope_user'))}
        {radio('export-scope', 'all', scope, setScope, t('options_export_scope_all'))}
      </fieldset>
      <fieldset>
        <legend>{t('options_export_format')}</legend>
        {radio('export-format', 'json', format, setFormat, t('options_export_format_json'))}
        {radio('export-format', 'csv', format, setFormat, t('options_export_format_csv'))}
      </fieldset>
      <button type="button" class="primary" disabled={busy} onClick={() => void run()}>
        {t('options_export_button')}
      </button>
      <div aria-live="polite">
        {result && <p class="success">{result}</p>}
        {error && (
          <p class="error" role="alert">
            {t('options_error', error)}
          </p>
        )}
      </div>
    </section>
  );
}
