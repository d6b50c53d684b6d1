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
        <FilterSelect id="filter-type" label={t('options_filter_type')} value={value.type} options={ENTITY_TYPES.map((ty) => [ty, t(`type_${ty}`)])} onChange={(v) => set({ type: v as EntityType | undefined })} />
        <FilterSelect id="filter-source" label={t('options_filter_source')} value={value.source} options={SOURCES.map((so) => [so, t(`options_source_${so}`)])} onChange={(v) => set({ source: v as EntrySource | undefined })} />
        <FilterSelect id="filter-tag" label={t('options_filter_tag')} value={value.tag} options={tags.map((tag) => [tag, tag])} onChange={(v) => set({ tag: v })} />
      </div>
      <p id="glossary-count" class="count" aria-live="polite" aria-busy={busy ? true : undefined}>
        {total === undefined ? t('options_search_loading') : t('options_count', formatCount(total))}
      </p>
    </div>
  );
}

/** One labelled filter: "any" (undefined) or one of `options` ([value, label] pairs). */
function FilterSelect(props: { id: string; label: string; value?: string; options: Array<[string, string]>; onChange(v: string | undefined): void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value || undefined)}>
        <option value="">{t('options_filter_any')}</option>
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
