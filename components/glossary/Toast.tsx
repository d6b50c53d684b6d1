/** A short notice at the bottom of the page with an optional action (the undo after a delete). */
import { t } from '@/lib/i18n/t';

export interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?(): void;
  onDismiss(): void;
}

export function Toast({ message, actionLabel, onAction, onDismiss }: ToastProps) {
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="toast-action" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="toast-close" aria-label={t('options_toast_close')} title={t('options_toast_close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
