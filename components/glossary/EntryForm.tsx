/** The add/edit form (pure): edits a FormState, validates it with the pack schema, submits a clean Entry. */
import { useMemo, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type Entry } from '@/lib/kb/pack';
import { t } from '@/lib/i18n/t';
import { ChipInput, toSubmit } from './ChipInput';
import { ClaimedWarning, type Claim } from './ClaimedWarning';
import { validateForm, withDrafts, type ChipField, type Drafts, type FieldError, type FormState, type LinkDraft } from './form-model';

export interface EntryFormProps {
  initial: FormState;
  /** The stored entry being edited (keeps the fields the form does not edit, such as roles). */
  base?: Entry;
  isNew: boolean;
  claimed?: Claim[];
  tagSuggestions?: string[];
  busy?: boolean;
  onSubmit(entry: Entry): void;
  onDelete?(): void;
  onCancel?(): void;
  /** Called with the form state after every edit (the connected editor checks claimed names). */
  onEdit?(state: FormState): void;
}

const msg = (e: FieldError | undefined) => (e ? t(e.key, e.params ?? []) : undefined);

export function EntryForm({ initial, base, isNew, claimed, tagSuggestions, busy, onSubmit, onDelete, onCancel, onEdit }: EntryFormProps) {
  const [s, setS] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const { entry: validated, errors } = useMemo(() => validateForm(s, base), [s, base]);

  const update = (patch: Partial<FormState>) => {
    const next = { ...s, ...patch };
    setS(next);
    onEdit?.(next);
  };
  // Not when focus moves to the submit button: a message appearing now would shift the button from under the pointer
  // between press and release, and the click would be lost. The submit shows every message anyway.
  const touch = (f: string) => (e: FocusEvent) => !touched.has(f) && !toSubmit(e) && setTouched(new Set([...touched, f]));
  const chips = (f: ChipField) => ({
    values: s[f],
    onChange: (v: string[]) => update({ [f]: v }),
    draft: drafts[f] ?? '',
    onDraft: (d: string) => setDrafts({ ...drafts, [f]: d }),
    error: msg(errors[f]),
  });
  const errorFor = (f: string) => (submitted || touched.has(f) ? msg(errors[f]) : undefined);
  const p = `ef-${s.id}`;

  /** A labelled text input or textarea with its inline message (one shape for every free-text field). */
  const field = (f: 'labelAr' | 'labelEn' | 'number' | 'summaryAr' | 'summaryEn', label: string, lang?: 'ar' | 'en', extraError?: string) => {
    const error = errorFor(f) ?? extraError;
    const common = {
      id: `${p}-${f}`,
      value: s[f],
      lang,
      dir: lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto',
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${p}-${f}-error` : undefined,
      onInput: (e: Event) => update({ [f]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }),
      onBlur: touch(f),
    } as const;
    return (
      <div class="field">
        <label for={`${p}-${f}`}>{label}</label>
        {f === 'summaryAr' || f === 'summaryEn' ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type="text" inputMode={f === 'number' ? 'numeric' : undefined} {...common} />
        )}
        {error && (
          <p class="error" id={`${p}-${f}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };
  const setLink = (i: number, patch: Partial<LinkDraft>) => update({ links: s.links.map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  return (
    <form
      ref={formRef}
      class="entry-form"
      noValidate
      aria-label={isNew ? t('options_form_new_title') : t('options_form_edit_title')}
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        // Text left in a chip field counts: it becomes a chip now.
        const pending = Object.values(drafts).some((d) => d?.trim());
        const full = pending ? withDrafts(s, drafts) : s;
        if (pending) {
          setDrafts({});
          update(full);
        }
        const ready = pending ? validateForm(full, base).entry : validated;
        if (ready && !busy) onSubmit(ready);
        else if (!ready) {
          // Move focus to the first field with a problem (once it is drawn as such) so keyboard and screen reader users land on it.
          setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        }
      }}
    >
      <p class="entry-id">
        {t('options_form_id')} <bdi dir="ltr">{s.id}</bdi>
      </p>
      <div class="field">
        <label for={`${p}-type`}>{t('options_form_type')}</label>
        <select id={`${p}-type`} value={s.type} onChange={(e) => update({ type: e.currentTarget.value as FormState['type'] })}>
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`type_${ty}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="row-2">
        {field('labelAr', t('options_form_label_ar'), 'ar', submitted || touched.has('labelAr') || touched.has('labelEn') ? msg(errors.label) : undefined)}
        {field('labelEn', t('options_form_label_en'), 'en')}
      </div>
      {claimed && claimed.length > 0 && <ClaimedWarning claims={claimed} />}
      <ChipInput id={`${p}-aliases`} label={t('options_form_aliases')} hint={t('options_form_aliases_hint')} {...chips('aliases')} />
      <ChipInput id={`${p}-short`} label={t('options_form_short')} hint={t('options_form_short_hint')} {...chips('shortAliases')} />
      {s.type === 'document' && field('number', t('options_form_number'))}
      {field('summaryAr', t('options_form_summary_ar'), 'ar')}
      {field('summaryEn', t('options_form_summary_en'), 'en')}
      <ChipInput id={`${p}-tags`} label={t('options_form_tags')} suggestions={tagSuggestions} {...chips('tags')} />
      <fieldset class="links">
        <legend>{t('options_form_links')}</legend>
        {s.links.map((l, i) => {
          const urlErr = errorFor(`links.${i}.url`);
          const labelErr = errorFor(`links.${i}.label`);
          return (
            <div class="link-row" key={i}>
              <div class="field">
                <label for={`${p}-link-${i}-url`}>{t('options_form_link_url', String(i + 1))}</label>
                <input
                  id={`${p}-link-${i}-url`}
                  type="url"
                  dir="ltr"
                  placeholder="https://"
                  value={l.url}
                  aria-invalid={urlErr ? true : undefined}
                  aria-describedby={urlErr ? `${p}-link-${i}-url-error` : undefined}
                  onInput={(e) => setLink(i, { url: e.currentTarget.value })}
                  onBlur={touch(`links.${i}.url`)}
                />
                {urlErr && (
                  <p class="error" id={`${p}-link-${i}-url-error`}>
                    {urlErr}
                  </p>
                )}
              </div>
              <div class="field">
                <label for={`${p}-link-${i}-label`}>{t('options_form_link_label', String(i + 1))}</label>
                <input id={`${p}-link-${i}-label`} type="text" dir="auto" value={l.label} aria-invalid={labelErr ? true : undefined} onInput={(e) => setLink(i, { label: e.currentTarget.value })} onBlur={touch(`links.${i}.label`)} />
                {labelErr && <p class="error">{labelErr}</p>}
              </div>
              <button type="button" class="link-remove" onClick={() => update({ links: s.links.filter((_, j) => j !== i) })}>
                {t('options_form_link_remove', String(i + 1))}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => update({ links: [...s.links, { url: '', label: '' }] })}>
          {t('options_form_link_add')}
        </button>
      </fieldset>
      {submitted && !validated && (
        <p class="error" role="alert">
          {t('options_form_fix_errors')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {isNew ? t('options_form_add') : t('options_form_save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('options_form_cancel')}
          </button>
        )}
        {onDelete && (
          <button type="button" class="danger" onClick={onDelete} disabled={busy}>
            {t('options_form_delete')}
          </button>
        )}
      </div>
    </form>
  );
}
