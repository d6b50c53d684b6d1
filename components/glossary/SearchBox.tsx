/** Search field and filters over the glossary (pure): the parent runs the search and passes the count back. */
import { ENTITY_TYPES, type EntityType } from '@/lib/kb/pack';
import type { EntrySource } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n/t';
import { formatCount } from './format';

export interface SearchFilters {
  query: string;
  type?: EntityType;
  source?: EntrySource;
  tag?: string;
}

export interface SearchBoxProps {
  value: SearchFilters;
  onChange(next: SearchFilters): void;
  tags: string[];
  /** Number of matching entries; undefined while the first answer is pending. */
  total?: number;
  busy?: boolean;
}

export const SOURCES: EntrySource[] = ['bundled', 'user', 'edited', 'hidden'];

export function SearchBox({ value, onChange, tags, total, busy }: SearchBoxProps) {
  const set = (patch: Partial<SearchFilters>) => onChange({ ...value, ...patch });
  return (
    <div class="search" role="search">
      <div class="field">
        <label for="glossary-search">{t('options_search_label')}</label>
        <input
          id="glossary-search"
          type="search"
          dir="auto"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('options_search_placeholder')}
          value={value.query}
          aria-describedby="glossary-count"
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </div>
      <div class="filters">
        <div class="field">
          <label for="filter-type">{t('options_filter_type')}</label>
          <select id="filter-type" value={value.type ?? ''} onChange={(e) => set({ type: (e.currentTarget.value || undefined) as EntityType | undefined })}>
            <option value="">{t('options_filter_any')}</option>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`type_${ty}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-source">{t('options_filter_source')}</label>
          <select id="filter-source" value={value.source ?? ''} onChange={(e) => set({ source: (e.currentTarget.value || undefined) as EntrySource | undefined })}>
            <option value="">{t('options_filter_any')}</option>
            {SOURCES.map((so) => (
              <option key={so} value={so}>
                {t(`options_source_${so}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-tag">{t('options_filter_tag')}</label>
          <select id="filter-tag" value={value.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || undefined })}>
            <option value="">{t('options_filter_any')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="glossary-count" class="count" aria-live="polite" aria-busy={busy ? true : undefined}>
        {total === undefined ? t('options_search_loading') : t('options_count', formatCount(total))}
      </p>
    </div>
  );
}
