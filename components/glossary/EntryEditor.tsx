/**
 * The connected editor: loads an entry's view (entry.view), saves (entry.put), deletes with undo
 * (entry.delete → entry.restore), reverts an edited bundled entry, unhides a hidden one, and checks
 * the names in the form against other entries (names.claimed).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '@/lib/kb/pack';
import type { EntryView } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { t } from '@/lib/i18n/t';
import { BundledCompare } from './BundledCompare';
import type { Claim } from './ClaimedWarning';
import { EntryForm } from './EntryForm';
import { displayLabel } from './format';
import { emptyForm, formFromEntry, formNames, type FormState } from './form-model';

export interface Notice {
  message: string;
  actionLabel?: string;
  onAction?(): void;
}

export interface EntryEditorProps {
  /** The entry to edit, or null for a new one. */
  id: string | null;
  tags: string[];
  /** Something was written: refresh the list, the tags and the status. */
  onChanged(): void;
  /** A new entry was saved under this id / the entry is gone. */
  onSelect(id: string | null): void;
  notify(n: Notice): void;
}

const CLAIM_DEBOUNCE_MS = 250;

export function EntryEditor({ id, tags, onChanged, onSelect, notify }: EntryEditorProps) {
  const [view, setView] = useState<EntryView | null | undefined>(id ? undefined : null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [claimed, setClaimed] = useState<Claim[]>([]);
  const [fresh] = useState(() => emptyForm());
  const claimTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setClaimed([]);
    setError(undefined);
    if (!id) {
      setView(null);
      return;
    }
    let live = true;
    setView(undefined);
    send('entry.view', { id })
      .then((v) => live && setView(v))
      .catch((e: unknown) => live && setError(String(e instanceof Error ? e.message : e)));
    return () => {
      live = false;
    };
  }, [id, version]);

  useEffect(() => () => clearTimeout(claimTimer.current), []);
  // An opened entry may already share a name with another one: say so without waiting for an edit.
  useEffect(() => {
    if (view) checkClaims(formFromEntry(view.entry));
  }, [view]);

  const checkClaims = (s: FormState) => {
    clearTimeout(claimTimer.current);
    claimTimer.current = setTimeout(() => {
      const names = formNames(s);
      if (!names.length) return setClaimed([]);
      send('names.claimed', { names, except: s.id })
        .then((c) => setClaimed(c.filter((x) => x.id !== s.id)))
        .catch(() => setClaimed([]));
    }, CLAIM_DEBOUNCE_MS);
  };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = (entry: Entry) =>
    act(async () => {
      await send('entry.put', { entry });
      notify({ message: t('options_saved', displayLabel(entry.label)) });
      onChanged();
      if (!id) onSelect(entry.id);
      else setVersion((n) => n + 1);
    });

  const remove = () =>
    act(async () => {
      if (!view) return;
      const { undo } = await send('entry.delete', { id: view.entry.id });
      const name = displayLabel(view.entry.label);
      onChanged();
      const after = await send('entry.view', { id: view.entry.id });
      // A bundled entry is hidden rather than removed: it stays open, showing "hidden" and an unhide button.
      if (after) setVersion((n) => n + 1);
      else onSelect(null);
      notify({
        message: t(after ? 'options_hidden' : 'options_deleted', name),
        actionLabel: t('options_undo'),
        onAction: () =>
          void send('entry.restore', { view: undo })
            .then(() => {
              onChanged();
              onSelect(undo.entry.id);
              setVersion((n) => n + 1);
              notify({ message: t('options_restored', name) });
            })
            .catch((e: unknown) => notify({ message: t('options_error', e instanceof Error ? e.message : String(e)) })),
      });
    });

  const simple = (name: 'entry.revert' | 'entry.unhide', done: string) =>
    act(async () => {
      if (!view) return;
      await send(name, { id: view.entry.id });
      notify({ message: t(done, displayLabel(view.entry.label)) });
      onChanged();
      setVersion((n) => n + 1);
    });

  if (id && view === undefined && !error) return <p class="editor-status">{t('options_loading')}</p>;
  if (id && view === null) return <p class="editor-status">{t('options_not_found', id)}</p>;

  const title = view ? displayLabel(view.entry.label) : t('options_form_new_title');
  return (
    <div class="editor">
      <h2 ref={headingRef} tabIndex={-1} id="editor-title" dir="auto">
        {title}
        {view && view.source !== 'bundled' && <span class={`badge source-${view.source}`}>{t(`options_source_${view.source}`)}</span>}
      </h2>
      {error && (
        <p class="error" role="alert">
          {t('options_error', error)}
        </p>
      )}
      {view?.source === 'hidden' && (
        <div class="note hidden-note">
          <p>{t('options_hidden_note')}</p>
          <button type="button" disabled={busy} onClick={() => void simple('entry.unhide', 'options_unhidden')}>
            {t('options_unhide')}
          </button>
        </div>
      )}
      {view?.source === 'edited' && view.bundled && (
        <BundledCompare bundled={view.bundled} mine={view.entry} bundledChanged={view.bundledChanged} busy={busy} onRevert={() => void simple('entry.revert', 'options_reverted')} />
      )}
      <EntryForm
        key={`${view?.entry.id ?? fresh.id}:${version}`}
        initial={view ? formFromEntry(view.entry) : fresh}
        base={view?.entry}
        isNew={!view}
        claimed={claimed}
        tagSuggestions={tags}
        busy={busy}
        onEdit={checkClaims}
        onSubmit={(e) => void save(e)}
        onDelete={view && view.source !== 'hidden' ? () => void remove() : undefined}
        onCancel={view ? undefined : () => onSelect(null)}
      />
    </div>
  );
}
