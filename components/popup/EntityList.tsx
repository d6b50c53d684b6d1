import type { Settings } from '@/lib/settings/schema';
import type { Mentions } from './types';

export interface EntityListProps {
  items: Mentions['items'];
  lang: 'ar' | 'en';
  colors: Settings['colors'];
  onReveal: (id: string) => void;
  /** Id of the text that says what the number is and what a click does (one for all items). */
  describedBy?: string;
}

/** The name in the interface language, else the other one. */
export function labelOf(label: Mentions['items'][number]['label'], lang: 'ar' | 'en'): string {
  return (lang === 'ar' ? (label.ar ?? label.en) : (label.en ?? label.ar)) ?? '';
}

/** The entities found on the page, most mentioned first; a click reveals one in the page. */
export function EntityList({ items, lang, colors, onReveal, describedBy }: EntityListProps) {
  const sorted = [...items].sort((a, b) => b.count - a.count || labelOf(a.label, lang).localeCompare(labelOf(b.label, lang), lang));
  return (
    <ul class="popup__entities">
      {sorted.map((it) => {
        const name = labelOf(it.label, lang);
        return (
          <li key={it.id}>
            <button
              type="button"
              class="popup__entity"
              data-entity-id={it.id}
              data-type={it.type}
              aria-describedby={describedBy}
              onClick={() => onReveal(it.id)}
            >
              <span class="h-dot" style={{ '--h-dot': colors[it.type] }} aria-hidden="true" />
              <bdi class="popup__entity-name">{name}</bdi>
              <span class="popup__entity-count">{it.count}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
