/** For an edited bundled entry: the bundled version beside the user's, with a revert button (pure). */
import type { Entry } from '@/lib/kb/pack';
import { t } from '@/lib/i18n/t';

export interface BundledCompareProps {
  bundled: Entry;
  mine: Entry;
  bundledChanged?: boolean;
  busy?: boolean;
  onRevert(): void;
}

type Row = [key: string, get: (e: Entry) => string | undefined, lang?: 'ar' | 'en'];

const join = (a?: string[]) => (a?.length ? a.join('، ') : undefined);
const ROWS: Row[] = [
  ['options_form_type', (e) => t(`type_${e.type}`)],
  ['options_form_label_ar', (e) => e.label.ar, 'ar'],
  ['options_form_label_en', (e) => e.label.en, 'en'],
  ['options_form_aliases', (e) => join(e.aliases)],
  ['options_form_short', (e) => join(e.shortAliases)],
  ['options_form_summary_ar', (e) => e.summary?.ar, 'ar'],
  ['options_form_summary_en', (e) => e.summary?.en, 'en'],
  ['options_form_tags', (e) => join(e.tags)],
  ['options_form_links', (e) => e.links?.map((l) => l.url).join(' ')],
];

function Version({ title, entry, other }: { title: string; entry: Entry; other: Entry }) {
  return (
    <section class="version" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        {ROWS.map(([key, get, lang]) => {
          const v = get(entry);
          const changed = v !== get(other);
          return (
            <div key={key} class={changed ? 'changed' : undefined}>
              <dt>
                {t(key)}
                {changed && <span class="visually-hidden"> ({t('options_compare_differs')})</span>}
              </dt>
              <dd lang={lang} dir={lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto'}>
                {v ?? '—'}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

export function BundledCompare({ bundled, mine, bundledChanged, busy, onRevert }: BundledCompareProps) {
  return (
    <section class="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('options_compare_title')}</h2>
      {bundledChanged && <p class="note">{t('options_compare_bundled_changed')}</p>}
      <div class="compare-cols">
        <Version title={t('options_compare_bundled')} entry={bundled} other={mine} />
        <Version title={t('options_compare_mine')} entry={mine} other={bundled} />
      </div>
      <button type="button" onClick={onRevert} disabled={busy}>
        {t('options_compare_revert')}
      </button>
    </section>
  );
}
