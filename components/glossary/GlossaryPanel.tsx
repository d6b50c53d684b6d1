/** The glossary tab (connected): search and filters, the virtual list, and the editor beside it. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/send';
import { t } from '@/lib/i18n/t';
import { EntryEditor, type Notice } from './EntryEditor';
import { EntryList } from './EntryList';
import { SearchBox, type SearchFilters } from './SearchBox';
import { useSearch } from './use-search';

export interface GlossaryPanelProps {
  /** The open entry: an id, 'new' for the add form, or null. */
  selected: string | null;
  onSelect(sel: string | null): void;
  /** Bumped by the app after writes elsewhere (import). */
  refresh: number;
  onChanged(): void;
  notify(n: Notice): void;
}

export function GlossaryPanel({ selected, onSelect, refresh, onChanged, notify }: GlossaryPanelProps) {
  const [filters, setFilters] = useState<SearchFilters>({ query: '' });
  const [tags, setTags] = useState<string[]>([]);
  const search = useSearch(filters, refresh);

  useEffect(() => {
    send('entries.tags', {})
      .then(setTags)
      .catch(() => setTags([]));
  }, [refresh]);

  return (
    <div class="glossary">
      <section class="glossary-list" aria-label={t('options_list_region')}>
        <div class="list-head">
          <button type="button" class="primary" onClick={() => onSelect('new')}>
            {t('options_add_entry')}
          </button>
        </div>
        <SearchBox value={filters} onChange={setFilters} tags={tags} total={search.total} busy={search.busy} />
        {search.error && (
          <p class="error" role="alert">
            {t('options_error', search.error)}
          </p>
        )}
        {search.total === 0 && !search.busy && <p class="note list-empty">{t('options_list_empty')}</p>}
        <EntryList
          label={t('options_list_label')}
          total={search.total ?? 0}
          getItem={search.getItem}
          selectedId={selected ?? undefined}
          resetKey={search.generation}
          onRange={search.onRange}
          onSelect={(_, item) => item && onSelect(item.id)}
        />
      </section>
      <section class="glossary-editor" aria-labelledby="editor-title">
        {selected ? (
          <EntryEditor
            key={selected}
            id={selected === 'new' ? null : selected}
            tags={tags}
            onChanged={onChanged}
            onSelect={(id) => onSelect(id)}
            notify={notify}
          />
        ) : (
          <div class="editor-empty">
            <h2 id="editor-title">{t('options_editor_empty_title')}</h2>
            <p>{t('options_editor_empty')}</p>
          </div>
        )}
      </section>
    </div>
  );
}
