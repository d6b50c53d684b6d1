/** A list of short strings (aliases, short forms, tags) edited as chips: type and press Enter or a comma. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { addChips, SEPARATORS } from './form-model';

export interface ChipInputProps {
  id: string;
  label: string;
  values: string[];
  onChange(values: string[]): void;
  hint?: string;
  /** Suggestions (a datalist), e.g. existing tags. */
  suggestions?: string[];
  error?: string;
  /** Direction of the typed text: names may be Arabic or Latin, so `auto` by default. */
  dir?: 'auto' | 'rtl' | 'ltr';
  /** The text typed but not yet made a chip, when the parent keeps it (the form counts it on submit). */
  draft?: string;
  onDraft?(draft: string): void;
}

/** Focus is moving to the form's submit button: the submit takes the draft as it is, and the layout must not move under the pointer. */
export const toSubmit = (e: FocusEvent) => (e.relatedTarget as HTMLElement | null)?.getAttribute?.('type') === 'submit';

export function ChipInput({ id, label, values, onChange, hint, suggestions, error, dir = 'auto', draft: outerDraft, onDraft }: ChipInputProps) {
  const [innerDraft, setInnerDraft] = useState('');
  const draft = outerDraft ?? innerDraft;
  const setDraft = (d: string) => (onDraft ? onDraft(d) : setInnerDraft(d));
  const add = (raw: string) => {
    const next = addChips(values, raw);
    if (next.length !== values.length) onChange(next);
    setDraft('');
  };
  const remove = (i: number) => onChange(values.filter((_, j) => j !== i));
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field chips-field">
      <label for={id}>{label}</label>
      {values.length > 0 && (
        <ul class="chips">
          {values.map((v, i) => (
            <li class="chip" key={v}>
              <bdi dir="auto">{v}</bdi>
              <button type="button" class="chip-remove" aria-label={t('options_chip_remove', v)} title={t('options_chip_remove', v)} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        dir={dir}
        value={draft}
        list={suggestions?.length ? `${id}-list` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => {
          const v = e.currentTarget.value;
          if (SEPARATORS.test(v)) add(v);
          else setDraft(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (draft.trim()) add(draft);
          } else if (e.key === 'Backspace' && draft === '' && values.length) {
            remove(values.length - 1);
          }
        }}
        onBlur={(e) => draft.trim() && !toSubmit(e) && add(draft)}
      />
      {suggestions?.length ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
