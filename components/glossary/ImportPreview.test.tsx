import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview as Preview } from '@/lib/messaging/protocol';
import { ImportPreview, MAX_ISSUES_SHOWN } from './ImportPreview';
import { useMessages } from './test-messages';

beforeEach(() => {
  useMessages('en');
});
afterEach(cleanup);

const ok: Preview = { ok: true, issues: [], added: 3, updated: 1, unchanged: 2, conflicts: [], total: 6 };

describe('ImportPreview', () => {
  it('shows what would be added, updated, unchanged and in conflict, and writes only on confirm', () => {
    const onCommit = vi.fn();
    render(<ImportPreview fileName="mine.csv" preview={{ ...ok, conflicts: [{ kind: 'name', id: 'u1', otherId: 'b7', name: 'إدلب' }] }} onCommit={onCommit} onCancel={vi.fn()} />);
    const count = (label: string) => screen.getByText(label, { selector: 'dt' }).closest('div')!.querySelector('dd')!.textContent;
    expect([count('New'), count('Updated'), count('Unchanged'), count('Conflicts')]).toEqual(['3', '1', '2', '1']);
    expect(screen.getByText('Nothing has been written yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'b7' }).getAttribute('href')).toBe('#entry=b7');
    fireEvent.click(screen.getByRole('button', { name: 'Import now' }));
    expect(onCommit).toHaveBeenCalledOnce();
  });

  it('lists row-level problems with row, field and a message in the interface language; import is blocked', () => {
    const onCommit = vi.fn();
    const preview: Preview = {
      ...ok,
      ok: false,
      issues: [
        { row: 4, field: 'links', code: 'options_err_link_scheme' },
        { index: 2, field: 'label', code: 'options_err_too_long', params: ['200'] },
        { code: 'store_code_nobody_defined' },
      ],
    };
    render(<ImportPreview fileName="bad.csv" preview={preview} onCommit={onCommit} onCancel={vi.fn()} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Row 4', 'links', 'A link must be a web address starting with http:// or https://.'],
      ['Entry 3', 'label', 'Too long: at most 200 characters.'],
      ['File', '—', 'Problem (store_code_nobody_defined)'],
    ]);
    expect(screen.getByText('Problems found: 3')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('nothing was written');
    const commit = screen.getByRole('button', { name: /Import/ }) as HTMLButtonElement;
    expect(commit.disabled).toBe(true);
  });

  it('renders in Arabic with the row number', () => {
    useMessages('ar');
    render(<ImportPreview fileName="x.csv" preview={{ ...ok, ok: false, issues: [{ row: 4, field: 'url', code: 'options_err_link_scheme' }] }} onCommit={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText('السطر 4')).toBeTruthy();
    expect(screen.getByText(/يجب أن يكون الرابط/)).toBeTruthy();
  });

  it('caps a flood of problems and says how many more there are', () => {
    const issues = Array.from({ length: 5000 }, (_, i) => ({ row: i + 2, code: 'options_err_required' }));
    render(<ImportPreview fileName="huge.csv" preview={{ ...ok, ok: false, issues }} onCommit={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getAllByRole('row')).toHaveLength(MAX_ISSUES_SHOWN + 1);
    expect(screen.getByText('Problems not listed: 4,800')).toBeTruthy();
  });

  it('shows a progress bar while writing and disables both buttons', () => {
    render(<ImportPreview fileName="a.json" preview={ok} writing onCommit={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByLabelText('Reading the file…').tagName).toBe('PROGRESS');
    for (const b of screen.getAllByRole('button')) expect((b as HTMLButtonElement).disabled).toBe(true);
  });

  it('fills the bar from the store\'s progress reports', () => {
    render(<ImportPreview fileName="a.json" preview={ok} writing progress={{ op: 'import', phase: 'write', done: 500, total: 2000 }} onCommit={vi.fn()} onCancel={vi.fn()} />);
    const bar = screen.getByLabelText('Writing entries…') as HTMLProgressElement;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['500', '2000']);
    expect(screen.getByText('500 / 2,000')).toBeTruthy();
  });
});
