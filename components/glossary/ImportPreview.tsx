/** What an import would do, from the store's preview (pure): counts, conflicts and row-level problems. */
import type { ImportProgress, ImportPreview as Preview } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n/t';
import { formatCount, issueMessage, issuePlace } from './format';

export interface ImportPreviewProps {
  fileName: string;
  preview: Preview;
  writing?: boolean;
  /** The background's latest progress report while writing. */
  progress?: ImportProgress;
  onCommit(): void;
  onCancel(): void;
}

/** Problems shown at most; a broken 50,000-row file must not render 50,000 table rows. */
export const MAX_ISSUES_SHOWN = 200;

export function ImportPreview({ fileName, preview, writing, progress, onCommit, onCancel }: ImportPreviewProps) {
  const counts: Array<[string, number]> = [
    ['options_import_added', preview.added],
    ['options_import_updated', preview.updated],
    ['options_import_unchanged', preview.unchanged],
    ['options_import_conflicts', preview.conflicts.length],
  ];
  const issues = preview.issues.slice(0, MAX_ISSUES_SHOWN);
  const writes = preview.added + preview.updated;
  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">
        {t('options_import_preview_title')} <bdi dir="auto">{fileName}</bdi>
      </h3>
      <dl class="counts">
        {counts.map(([k, n]) => (
          <div key={k} data-count={k}>
            <dt>{t(k)}</dt>
            <dd>
              <bdi>{formatCount(n)}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {preview.conflicts.length > 0 && (
        <div class="conflicts">
          <h4>{t('options_import_conflicts_title')}</h4>
          <ul>
            {preview.conflicts.slice(0, MAX_ISSUES_SHOWN).map((c, i) => (
              <li key={i}>
                {c.kind === 'id' ? (
                  <>
                    {t('options_import_conflict_id')} <a href={`#entry=${encodeURIComponent(c.id)}`}><bdi dir="ltr">{c.id}</bdi></a>
                  </>
                ) : (
                  <>
                    {t('options_import_conflict_name')}{' '}
                    <bdi class="quoted" dir="auto">
                      {c.name ?? ''}
                    </bdi>{' '}
                    <bdi dir="ltr">{c.id}</bdi>
                    {c.otherId && (
                      <>
                        {' / '}
                        <a href={`#entry=${encodeURIComponent(c.otherId)}`}>
                          <bdi dir="ltr">{c.otherId}</bdi>
                        </a>
                      </>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.issues.length > 0 && (
        <div class="issues">
          <h4 id="import-issues-title">{t('options_import_issues_title', formatCount(preview.issues.length))}</h4>
          <table aria-labelledby="import-issues-title">
            <thead>
              <tr>
                <th scope="col">{t('options_import_col_place')}</th>
                <th scope="col">{t('options_import_col_field')}</th>
                <th scope="col">{t('options_import_col_message')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((is, i) => (
                <tr key={i} class="issue">
                  <td>{issuePlace(is)}</td>
                  <td>{is.field ? <bdi dir="ltr">{is.field}</bdi> : '—'}</td>
                  <td>{issueMessage(is)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.issues.length > issues.length && <p class="note">{t('options_import_more_issues', formatCount(preview.issues.length - issues.length))}</p>}
        </div>
      )}
      {preview.ok ? (
        <p class="note">{t('options_import_nothing_yet')}</p>
      ) : (
        <p class="error" role="alert">
          {t('options_import_blocked')}
        </p>
      )}
      {writing && <ImportProgressBar progress={progress} />}
      <div class="actions">
        <button type="button" class="primary" disabled={!preview.ok || writing || writes === 0} onClick={onCommit}>
          {t('options_import_commit')}
        </button>
        <button type="button" disabled={writing} onClick={onCancel}>
          {t('options_form_cancel')}
        </button>
      </div>
    </section>
  );
}

/** Determinate while the store reports counts (validate, write), indeterminate otherwise. */
export function ImportProgressBar({ progress }: { progress?: ImportProgress }) {
  const phase = progress?.phase ?? 'parse';
  const counted = progress !== undefined && progress.total > 0 && (phase === 'validate' || phase === 'write');
  return (
    <div class="progress">
      <label for="import-progress">{t(`options_import_phase_${phase}`)}</label>
      {counted ? <progress id="import-progress" max={progress.total} value={progress.done} /> : <progress id="import-progress" />}
      {counted && (
        <span class="progress-count">
          <bdi>
            {formatCount(progress.done)} / {formatCount(progress.total)}
          </bdi>
        </span>
      )}
    </div>
  );
}
