/** One row of the glossary list (pure): label in the interface language, the other label, type and source. */
import type { SearchResult } from '@/lib/messaging/protocol';
import { t, uiLang } from '@/lib/i18n/t';
import { displayLabel, labelLang } from './format';

export type ListItem = SearchResult['items'][number];

export interface EntryRowProps {
  item: ListItem | undefined;
  id: string;
  index: number;
  setSize: number;
  selected: boolean;
  active: boolean;
  onSelect(index: number): void;
}

export function EntryRow({ item, id, index, setSize, selected, active, onSelect }: EntryRowProps) {
  const lang = uiLang();
  if (!item) {
    return (
      <div id={id} role="option" aria-selected={false} aria-setsize={setSize} aria-posinset={index + 1} class="entry-row placeholder">
        {t('options_row_loading')}
      </div>
    );
  }
  const main = displayLabel(item.label, lang);
  const mainLang = labelLang(item.label, lang);
  const other = mainLang === 'ar' ? item.label.en : item.label.ar;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-entry-id={item.id}
      class={`entry-row${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      onClick={() => onSelect(index)}
    >
      <span class="row-main" lang={mainLang} dir={mainLang === 'ar' ? 'rtl' : 'ltr'}>
        {main}
      </span>
      {other && (
        <span class="row-other" lang={mainLang === 'ar' ? 'en' : 'ar'} dir={mainLang === 'ar' ? 'ltr' : 'rtl'}>
          {other}
        </span>
      )}
      <span class="row-badges">
        <span class={`badge type-${item.type}`}>{t(`type_${item.type}`)}</span>
        {item.source !== 'bundled' && <span class={`badge source-${item.source}`}>{t(`options_source_${item.source}`)}</span>}
      </span>
    </div>
  );
}
