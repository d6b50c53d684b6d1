/**
 * Import (connected): a file from the picker or dropped on the zone → import.preview (nothing written)
 * → the user confirms → import.commit (one transaction in the store) with a progress bar meanwhile.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ImportProgress, ImportPreview as Preview, ProgressMessage } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { t } from '@/lib/i18n/t';
import { detectFormat } from './download';
import { formatCount } from './format';
import { ImportPreview } from './ImportPreview';

interface Loaded {
  name: string;
  text: string;
  format: 'json' | 'csv';
}

export function ImportPanel({ onChanged }: { onChanged(): void }) {
  const [file, setFile] = useState<Loaded>();
  const [preview, setPreview] = useState<Preview>();
  const [phase, setPhase] = useState<'idle' | 'reading' | 'ready' | 'writing' | 'done'>('idle');
  const [written, setWritten] = useState(0);
  const [error, setError] = useState<string>();
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<ImportProgress>();
  // Our own tag for import.commit: progress broadcasts from another page's import are not ours.
  const [job] = useState(() => `options-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);

  useEffect(() => {
    const listener = (msg: unknown) => {
      const p = (msg as Partial<ProgressMessage> | null)?.hamishProgress;
      if (p && p.op === 'import' && p.job === job) setProgress(p);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [job]);
  const input = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLDivElement>(null);

  const load = async (f: File) => {
    setError(undefined);
    setPreview(undefined);
    setPhase('reading');
    try {
      const text = await f.text();
      const loaded = { name: f.name, text, format: detectFormat(f.name, text) };
      setFile(loaded);
      setPreview(await send('import.preview', { text: loaded.text, format: loaded.format }));
      setPhase('ready');
      queueMicrotask(() => status.current?.focus());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase('idle');
    }
  };

  const commit = async () => {
    if (!file) return;
    setPhase('writing');
    setProgress(undefined);
    setError(undefined);
    try {
      const res = await send('import.commit', { text: file.text, format: file.format, job });
      setPreview(res.preview);
      if (res.ok) {
        setWritten(res.written);
        setPhase('done');
        onChanged();
      } else setPhase('ready');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase('ready');
    }
  };

  const reset = () => {
    setFile(undefined);
    setPreview(undefined);
    setPhase('idle');
    if (input.current) input.current.value = '';
  };

  return (
    <section class="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('options_import_title')}</h2>
      <div
        class={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer?.files[0];
          if (f) void load(f);
        }}
      >
        <p>{t('options_import_drop')}</p>
        <label for="import-file" class="button-like">
          {t('options_import_choose')}
        </label>
        <input
          id="import-file"
          ref={input}
          class="visually-hidden-file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void load(f);
          }}
        />
        <p class="hint">{t('options_import_formats')}</p>
      </div>
      <div ref={status} tabIndex={-1} class="import-status" aria-live="polite">
        {phase === 'reading' && <p>{t('options_import_reading')}</p>}
        {error && (
          <p class="error" role="alert">
            {t('options_error', error)}
          </p>
        )}
        {phase === 'done' && (
          <p class="success">
            {t('options_import_done', formatCount(written))}{' '}
            <button type="button" onClick={reset}>
              {t('options_import_another')}
            </button>
          </p>
        )}
      </div>
      {file && preview && phase !== 'done' && <ImportPreview fileName={file.name} preview={preview} writing={phase === 'writing'} progress={progress} onCommit={() => void commit()} onCancel={reset} />}
    </section>
  );
}
