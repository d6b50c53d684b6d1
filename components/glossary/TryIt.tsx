/** "Try it" (pure): the text with each mention marked, and the entry each one resolves to. */
import type { Entry } from '@/lib/kb/pack';
import type { Mention } from '@/lib/match';
import { t, uiLang } from '@/lib/i18n/t';
import { displayLabel } from './format';

export interface TryItProps {
  text: string;
  mentions: Mention[];
  /** Entries by id (for labels); a missing one shows its id. */
  entries: ReadonlyMap<string, Pick<Entry, 'id' | 'type' | 'label'>>;
}

/** An arrow pointing along the reading direction. */
const dirArrow = () => (uiLang() === 'ar' ? '←' : '→');

/** Splits the text into plain runs and mentions (mentions are sorted and do not overlap). */
export function segments(text: string, mentions: Mention[]): Array<{ text: string; m?: Mention; n?: number }> {
  const out: Array<{ text: string; m?: Mention; n?: number }> = [];
  let at = 0;
  mentions.forEach((m, n) => {
    if (m.start < at) return;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), m, n });
    at = m.end;
  });
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export function TryIt({ text, mentions, entries }: TryItProps) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const label = (id: string) => {
    const e = entries.get(id);
    return e ? displayLabel(e.label) : id;
  };
  return (
    <div class="tryit-result">
      <h3 id="tryit-preview-title">{t('options_tryit_preview')}</h3>
      <p class="tryit-text" dir="auto" aria-labelledby="tryit-preview-title">
        {segments(text, sorted).map((s, i) =>
          s.m ? (
            <mark key={i} class={`mention type-${entries.get(s.m.ids[0] ?? '')?.type ?? 'other'}${s.m.short ? ' short' : ''}`} title={label(s.m.ids[0] ?? '')} data-entry-id={s.m.ids[0]}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
      <h3>{t('options_tryit_found', String(sorted.length))}</h3>
      {sorted.length === 0 ? (
        <p>{t('options_tryit_none')}</p>
      ) : (
        <ol class="tryit-list">
          {sorted.map((m, i) => {
            const id = m.ids[0] ?? '';
            const e = entries.get(id);
            return (
              <li key={i}>
                <bdi class="quoted" dir="auto">
                  {text.slice(m.start, m.end)}
                </bdi>{' '}
                <span aria-hidden="true">{dirArrow()}</span>{' '}
                <a href={`#entry=${encodeURIComponent(id)}`}>
                  <bdi dir="auto">{label(id)}</bdi>
                </a>
                {e && <span class={`badge type-${e.type}`}>{t(`type_${e.type}`)}</span>}
                {m.short && <span class="badge">{t('options_tryit_short')}</span>}
                {m.ids.length > 1 && <span class="note"> {t('options_tryit_also', String(m.ids.length - 1))}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
