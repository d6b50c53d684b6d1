/**
 * "Try it" (connected): scans the pasted text with the very matcher pages use (matcher.get → loadMatcher),
 * and fetches the labels of the entries found (entries.get).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '@/lib/kb/pack';
import { loadMatcher, type Matcher, type Mention, type SerializedMatcher } from '@/lib/match';
import { send } from '@/lib/messaging/send';
import { t } from '@/lib/i18n/t';
import { TryIt } from './TryIt';

const SCAN_DEBOUNCE_MS = 150;

export function TryItPanel({ active, refresh }: { active: boolean; refresh: number }) {
  const [text, setText] = useState('');
  const [matcher, setMatcher] = useState<Matcher | null>();
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry>>(new Map());
  const [error, setError] = useState<string>();
  const known = useRef(new Map<string, Entry>());

  // Fetch the matcher when the tab is shown and after every change to the glossary.
  useEffect(() => {
    if (!active) return;
    send('matcher.get', {})
      .then((r) => setMatcher(r.matcher ? loadMatcher(r.matcher as SerializedMatcher) : null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [active, refresh]);

  useEffect(() => {
    if (!matcher) return setMentions([]);
    const timer = setTimeout(() => setMentions(text.trim() ? matcher.scan(text) : []), SCAN_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, matcher]);

  const ids = useMemo(() => [...new Set(mentions.flatMap((m) => m.ids.slice(0, 1)))], [mentions]);
  useEffect(() => {
    const missing = ids.filter((id) => !known.current.has(id)).slice(0, 1000);
    if (!missing.length) return setEntries(new Map(known.current));
    send('entries.get', { ids: missing })
      .then((list) => {
        for (const e of list) known.current.set(e.id, e);
        setEntries(new Map(known.current));
      })
      .catch(() => undefined);
  }, [ids]);
  // Labels may have changed with the glossary.
  useEffect(() => known.current.clear(), [refresh]);

  return (
    <div class="tryit">
      <h2>{t('options_tryit_title')}</h2>
      <p>{t('options_tryit_intro')}</p>
      <div class="field">
        <label for="tryit-text">{t('options_tryit_label')}</label>
        <textarea id="tryit-text" rows={6} dir="auto" lang="ar" value={text} placeholder={t('options_tryit_placeholder')} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      {error && (
        <p class="error" role="alert">
          {t('options_error', error)}
        </p>
      )}
      {matcher === null && <p class="note">{t('options_tryit_no_matcher')}</p>}
      {text.trim() && <TryIt text={text} mentions={mentions} entries={entries} />}
    </div>
  );
}
