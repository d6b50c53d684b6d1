/** Warns that a name in the form is already used by another entry, with a link that opens that entry. */
import type { Entry } from '@/lib/kb/pack';
import { t } from '@/lib/i18n/t';
import { displayLabel } from './format';

export interface Claim {
  name: string;
  id: string;
  label: Entry['label'];
}

export function ClaimedWarning({ claims }: { claims: Claim[] }) {
  return (
    <div class="warning" role="status">
      <p>{t('options_claimed_intro')}</p>
      <ul>
        {claims.map((c) => (
          <li key={c.name + c.id}>
            <bdi class="quoted" dir="auto">
              {c.name}
            </bdi>{' '}
            {t('options_claimed_by')}{' '}
            <a href={`#entry=${encodeURIComponent(c.id)}`}>
              <bdi dir="auto">{displayLabel(c.label)}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
