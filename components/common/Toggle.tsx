import type { ComponentChildren } from 'preact';
import './theme.css';
import './Toggle.css';

export interface ToggleProps {
  /** The visible label (also the switch's accessible name). */
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A second line under the label, read as the switch's description. */
  hint?: ComponentChildren;
  disabled?: boolean;
  /** Extra content between the label and the switch (a count, a colour dot). */
  aside?: ComponentChildren;
  /** Ids must be unique in the page; callers that render several toggles pass one. */
  id: string;
  class?: string;
}

/** An on/off switch: a native checkbox with role="switch" (Space toggles it), drawn as a track. */
export function Toggle({ label, checked, onChange, hint, disabled, aside, id, class: cls }: ToggleProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <label class={`h-toggle${disabled ? ' h-toggle--disabled' : ''}${cls ? ' ' + cls : ''}`} for={id}>
      <span class="h-toggle__label">
        <span>{label}</span>
        {hint && (
          <span class="h-toggle__hint" id={hintId}>
            {hint}
          </span>
        )}
      </span>
      {aside}
      <input
        id={id}
        class="h-toggle__input"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="h-toggle__track" aria-hidden="true" />
    </label>
  );
}
