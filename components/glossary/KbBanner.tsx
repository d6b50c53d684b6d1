/** Tells the user when the glossary database could not be opened (kb.status idb:false). */
import type { KbStatus } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n/t';

export function KbBanner({ status }: { status: KbStatus | undefined }) {
  if (!status || status.idb) return null;
  return (
    <div class="banner" role="alert">
      <strong>{t('options_banner_idb_title')}</strong> <span>{t('options_banner_idb_body')}</span>
      {status.idbError && (
        <span class="banner-reason">
          {' '}
          {t('options_banner_idb_reason')} <bdi dir="ltr">{status.idbError}</bdi>
        </span>
      )}
    </div>
  );
}
