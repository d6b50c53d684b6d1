/**
 * The card for one entity (pure: props in, markup out). Entry text comes from a glossary that may have
 * been imported, so every string is rendered as text, and a link is shown only for http(s) URLs.
 */
import { Fragment, type JSX } from 'preact';
import type { Entry, EntityType } from '@/lib/kb/pack';
import { Bidi } from './Bidi';

export type Translate = (key: string, subs?: string | string[]) => string;

export interface CandidateInfo {
  id: string;
  type: EntityType;
  label: Entry['label'];
}

export interface EntityCardProps {
  entry: Entry;
  /** The reader's card language: the summary and the first name shown. */
  lang: 'ar' | 'en';
  /** Other entries the same words may refer to (ambiguous names), best first. */
  candidates?: readonly CandidateInfo[];
  pinned?: boolean;
  /** id of the element holding the name (for aria-labelledby). */
  titleId?: string;
  t: Translate;
  onPin?: () => void;
  onClose?: () => void;
  onEdit?: (id: string) => void;
  onHide?: (id: string) => void;
  onSelect?: (id: string) => void;
}

/** Only http and https URLs become links (a `javascript:` or `data:` URL is dropped). */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link's host as shown next to its label (punycode hosts stay as the URL parser gives them). */
const host = (href: string) => new URL(href).hostname;

/** The name to show first in `lang`, and the other one. */
export function names(label: Entry['label'], lang: 'ar' | 'en'): { primary: string; secondary?: string } {
  const other = lang === 'ar' ? 'en' : 'ar';
  const primary = label[lang] ?? label[other] ?? '';
  const secondary = label[lang] !== undefined ? label[other] : undefined;
  return { primary, secondary };
}

const dirOf = (l: 'ar' | 'en') => (l === 'ar' ? 'rtl' : 'ltr');

function years(r: { from?: number; to?: number }, t: Translate): string | null {
  if (r.from !== undefined && r.to !== undefined) return r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
  if (r.from !== undefined) return t('card_since', String(r.from));
  if (r.to !== undefined) return t('card_until', String(r.to));
  return null;
}

function PinIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M14.5 2.5l7 7-2.1.7-3.6 3.6.4 4.6-1.4 1.4-4.2-4.2-5.3 5.3-1.4-1.4 5.3-5.3-4.2-4.2 1.4-1.4 4.6.4 3.6-3.6z" />
    </svg>
  );
}

export function EntityCard(props: EntityCardProps): JSX.Element {
  const { entry, lang, t } = props;
  const other = lang === 'ar' ? 'en' : 'ar';
  const { primary, secondary } = names(entry.label, lang);
  const summaryLang = entry.summary?.[lang] !== undefined ? lang : entry.summary?.[other] !== undefined ? other : null;
  const summary = summaryLang ? entry.summary?.[summaryLang] : undefined;
  const links = (entry.links ?? []).map((l) => ({ ...l, href: safeHref(l.url) })).filter((l): l is typeof l & { href: string } => l.href !== null);
  const aliases = (entry.aliases ?? []).filter((a) => a !== entry.label.ar && a !== entry.label.en);
  const titleId = props.titleId ?? 'hamish-card-title';
  return (
    <div class={`card type-${entry.type}`} role="dialog" aria-labelledby={titleId} aria-modal="false" tabIndex={-1} dir={dirOf(lang)} lang={lang} data-entry-id={entry.id}>
      <header class="head">
        <div class="names">
          <h2 class="name" id={titleId}>
            <Bidi text={primary} />
          </h2>
          {secondary && (
            <div class="alt-name" lang={other}>
              <Bidi text={secondary} />
            </div>
          )}
        </div>
        <div class="tools">
          <button type="button" class="icon pin" aria-pressed={props.pinned ? 'true' : 'false'} aria-label={t('card_pin')} title={t('card_pin')} onClick={props.onPin}>
            <PinIcon />
          </button>
          <button type="button" class="icon close" aria-label={t('card_close')} title={t('card_close')} onClick={props.onClose}>
            ×
          </button>
        </div>
      </header>
      <div class="type-badge">{t(`type_${entry.type}`)}</div>
      {summary !== undefined && summaryLang ? (
        <p class="summary" lang={summaryLang} dir={dirOf(summaryLang)}>
          {summaryLang === 'ar' ? <Bidi text={summary} /> : summary}
        </p>
      ) : (
        <p class="summary empty">{t('card_noSummary')}</p>
      )}
      {aliases.length > 0 && (
        <p class="aliases">
          <span class="label">{t('card_aliases')}: </span>
          {aliases.map((a, i) => (
            <Fragment key={i}>
              {i > 0 && (lang === 'ar' ? '، ' : ', ')}
              <span class="alias">
                <Bidi text={a} />
              </span>
            </Fragment>
          ))}
        </p>
      )}
      {entry.roles && entry.roles.length > 0 && (
        <section class="roles" aria-label={t('card_roles')}>
          <ul>
            {entry.roles.map((r, i) => {
              const y = years(r, t);
              return (
                <li key={i}>
                  <Bidi text={r[lang]} />
                  {y && (
                    <>
                      {' '}
                      {/* Isolated, in the card's direction: an Arabic reader reads «(2018–2020)» from the right. */}
                      <span class="years" dir={dirOf(lang)}>
                        ({y})
                      </span>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {links.length > 0 && (
        <section class="links" aria-label={t('card_links')}>
          <ul>
            {links.map((l, i) => (
              <li key={i}>
                {/* The host is always shown: a label is glossary text and could name any site. */}
                <a href={l.href} target="_blank" rel="noopener noreferrer">
                  {l.label !== undefined && l.label !== host(l.href) && (
                    <>
                      <Bidi text={l.label} />{' '}
                    </>
                  )}
                  <bdi class="host" dir="ltr">
                    {host(l.href)}
                  </bdi>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.candidates && props.candidates.length > 0 && (
        <section class="candidates">
          <span class="label">{t('card_others')}:</span>
          <ul>
            {props.candidates.map((c) => (
              <li key={c.id}>
                <button type="button" class="link" onClick={() => props.onSelect?.(c.id)}>
                  <Bidi text={names(c.label, lang).primary} /> <span class="cand-type">({t(`type_${c.type}`)})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="actions">
        <button type="button" class="action edit" onClick={() => props.onEdit?.(entry.id)}>
          {t('card_edit')}
        </button>
        <button type="button" class="action hide" onClick={() => props.onHide?.(entry.id)}>
          {t('card_hide')}
        </button>
      </footer>
    </div>
  );
}
