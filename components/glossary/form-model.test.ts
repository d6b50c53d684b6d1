import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/kb/pack';
import { candidate, emptyForm, formFromEntry, formNames, newEntryId, validateForm, type FormState } from './form-model';

const base = (patch: Partial<FormState> = {}): FormState => ({ ...emptyForm('user-test'), labelAr: 'جيم جيفري', ...patch });

describe('validateForm', () => {
  // One row per case: the form patch, the field expected to fail (or null), and the message key.
  const cases: Array<[string, Partial<FormState>, string | null, string?]> = [
    ['a plain Arabic name', {}, null],
    ['an English name only', { labelAr: '', labelEn: 'James Jeffrey' }, null],
    ['no name at all', { labelAr: '  ' }, 'label', 'options_err_label_required'],
    ['a javascript: link', { links: [{ url: 'javascript:alert(1)', label: '' }] }, 'links.0.url', 'options_err_link_scheme'],
    ['a JavaScript: link in capitals', { links: [{ url: 'JavaScript:alert(1)', label: 'x' }] }, 'links.0.url', 'options_err_link_scheme'],
    ['a data: link', { links: [{ url: 'data:text/html,<b>x</b>', label: '' }] }, 'links.0.url', 'options_err_link_scheme'],
    ['a relative link', { links: [{ url: '/wiki/x', label: '' }] }, 'links.0.url', 'options_err_link_scheme'],
    ['an https link', { links: [{ url: 'https://ar.wikipedia.org/wiki/x', label: 'ويكيبيديا' }] }, null],
    ['an http link', { links: [{ url: 'http://example.org', label: '' }] }, null],
    ['a link with a title but no address', { links: [{ url: '', label: 'ويكي' }] }, 'links.0.url', 'options_err_link_scheme'],
    ['an empty link row (ignored)', { links: [{ url: '', label: '' }] }, null],
    ['a bad second link after an empty row', { links: [{ url: '', label: '' }, { url: 'ftp://x.org', label: '' }] }, 'links.1.url', 'options_err_link_scheme'],
    ['a name of 201 characters', { labelAr: 'ا'.repeat(201) }, 'labelAr', 'options_err_too_long'],
    ['an alias of 10,000 characters', { aliases: ['ب'.repeat(10_000)] }, 'aliases', 'options_err_too_long'],
    ['a document number with letters', { type: 'document', number: '22a' }, 'number', 'options_err_number'],
    ['a document number', { type: 'document', number: '2254' }, null],
    ['a summary of 2001 characters', { summaryAr: 'س'.repeat(2001) }, 'summaryAr', 'options_err_too_long'],
    ['a bad id', { id: 'has space' }, 'id', 'options_err_id'],
  ];
  it.each(cases)('%s', (_name, patch, field, key) => {
    const v = validateForm(base(patch));
    if (field === null) {
      expect(v.errors).toEqual({});
      expect(v.entry).toBeDefined();
    } else {
      expect(v.entry).toBeUndefined();
      expect(v.errors[field]?.key).toBe(key);
    }
  });

  it('trims names and drops empty optional fields', () => {
    const v = validateForm(base({ labelAr: '  بشار الأسد ', labelEn: '', summaryEn: '  ' }));
    expect(v.entry).toEqual({ id: 'user-test', type: 'person', label: { ar: 'بشار الأسد' } });
  });

  it('keeps the fields the form does not edit (roles, dates)', () => {
    const stored: Entry = { id: 'p1', type: 'person', label: { ar: 'أ' }, roles: [{ ar: 'مبعوث', en: 'Envoy', from: 2018 }], created: '2020-01-01T00:00:00.000Z' };
    const v = validateForm(formFromEntry(stored), stored);
    expect(v.entry).toEqual(stored);
  });

  it('round-trips a full entry through the form unchanged', () => {
    const e: Entry = {
      id: 'doc-2254',
      type: 'document',
      label: { ar: 'القرار 2254', en: 'Resolution 2254' },
      aliases: ['قرار مجلس الأمن 2254'],
      shortAliases: ['القرار'],
      number: '2254',
      summary: { ar: 'قرار لمجلس الأمن.', en: 'A Security Council resolution.' },
      links: [{ url: 'https://undocs.org/S/RES/2254(2015)', label: 'UN' }, { url: 'https://example.org' }],
      tags: ['سوريا'],
    };
    expect(validateForm(formFromEntry(e), e).entry).toEqual(e);
  });
});

describe('helpers', () => {
  it('makes ids the pack accepts', () => {
    expect(newEntryId(0, 0)).toBe('user-0-0000');
    expect(validateForm({ ...base(), id: newEntryId() }).entry).toBeDefined();
  });
  it('lists every name once', () => {
    expect(formNames(base({ labelEn: 'Jim Jeffrey', aliases: ['جيمس جيفري', 'Jim Jeffrey'], shortAliases: ['جيفري'] }))).toEqual(['جيم جيفري', 'Jim Jeffrey', 'جيمس جيفري', 'جيفري']);
  });
  it('drops the number unless the entry is a document', () => {
    expect(candidate(base({ type: 'person', number: '12' })).number).toBeUndefined();
  });
});
