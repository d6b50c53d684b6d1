import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryForm } from './EntryForm';
import { emptyForm } from './form-model';
import { useMessages } from './test-messages';

beforeEach(() => {
  useMessages('en');
});
afterEach(cleanup);

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

function setup(extra: Partial<Parameters<typeof EntryForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(<EntryForm initial={emptyForm('user-t1')} isNew onSubmit={onSubmit} {...extra} />);
  return { onSubmit };
}

describe('EntryForm', () => {
  it('rejects a javascript: link with a message in the interface language, and submits nothing', async () => {
    const { onSubmit } = setup();
    type(screen.getByLabelText('Name in Arabic'), 'جيم جيفري');
    fireEvent.click(screen.getByRole('button', { name: 'Add a link' }));
    const url = screen.getByLabelText('Address of link 1');
    type(url, 'javascript:alert(document.cookie)');
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('A link must be a web address starting with http:// or https://.')).toBeTruthy();
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBe(screen.getByText(/A link must be/).id);
    expect(screen.getByRole('alert').textContent).toBe('Please correct the marked fields.');
    await vi.waitFor(() => expect(document.activeElement).toBe(url));

    type(url, 'https://ar.wikipedia.org/wiki/جيمس_جيفري');
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(onSubmit).toHaveBeenCalledWith({ id: 'user-t1', type: 'person', label: { ar: 'جيم جيفري' }, links: [{ url: 'https://ar.wikipedia.org/wiki/جيمس_جيفري' }] });
  });

  it('asks for a name before anything else, and only after the field is left or the form sent', () => {
    const { onSubmit } = setup();
    expect(screen.queryByText('Give a name in Arabic or in English.')).toBeNull();
    fireEvent.blur(screen.getByLabelText('Name in Arabic'));
    expect(screen.getByText('Give a name in Arabic or in English.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows messages in Arabic when the interface is Arabic', () => {
    useMessages('ar');
    const { onSubmit } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'إضافة المدخل' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('اكتب اسماً بالعربية أو بالإنجليزية.')).toBeTruthy();
  });

  it('collects aliases, short forms and tags as chips', () => {
    const { onSubmit } = setup();
    type(screen.getByLabelText('Name in Arabic'), 'بشار الأسد');
    const aliases = screen.getByLabelText('Other names');
    type(aliases, 'بشّار الأسد');
    fireEvent.keyDown(aliases, { key: 'Enter' });
    type(aliases, 'Bashar al-Assad،');
    type(screen.getByLabelText('Short forms'), 'الأسد,');
    type(screen.getByLabelText('Tags'), 'سوريا,');
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(onSubmit).toHaveBeenCalledWith({
      id: 'user-t1',
      type: 'person',
      label: { ar: 'بشار الأسد' },
      aliases: ['بشّار الأسد', 'Bashar al-Assad'],
      shortAliases: ['الأسد'],
      tags: ['سوريا'],
    });
  });

  it('counts text still typed in a chip field when the form is sent', () => {
    const { onSubmit } = setup();
    type(screen.getByLabelText('Name in Arabic'), 'غير بيدرسن');
    const aliases = screen.getByLabelText('Other names');
    type(aliases, 'Geir Pedersen');
    const submit = screen.getByRole('button', { name: 'Add entry' });
    // Focus moving to the submit button must not redraw the form (the click would land elsewhere).
    fireEvent.blur(aliases, { relatedTarget: submit });
    expect(screen.queryByRole('button', { name: 'Remove Geir Pedersen' })).toBeNull();
    fireEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({ id: 'user-t1', type: 'person', label: { ar: 'غير بيدرسن' }, aliases: ['Geir Pedersen'] });
    expect(screen.getByRole('button', { name: 'Remove Geir Pedersen' })).toBeTruthy();
  });

  it('does not show a field\'s message when focus leaves it for the submit button', () => {
    setup();
    const ar = screen.getByLabelText('Name in Arabic');
    fireEvent.blur(ar, { relatedTarget: screen.getByRole('button', { name: 'Add entry' }) });
    expect(screen.queryByText('Give a name in Arabic or in English.')).toBeNull();
  });

  it('reports the edit so the editor can check claimed names, and shows the warning it gets back', () => {
    const onEdit = vi.fn();
    setup({ onEdit, claimed: [{ name: 'إدلب', id: 'place-idlib', label: { ar: 'إدلب', en: 'Idlib' } }] });
    type(screen.getByLabelText('Name in Arabic'), 'إدلب');
    expect(onEdit).toHaveBeenLastCalledWith(expect.objectContaining({ labelAr: 'إدلب' }));
    const link = screen.getByRole('link', { name: 'Idlib' });
    expect(link.getAttribute('href')).toBe('#entry=place-idlib');
    expect(screen.getByText('A name here is already used by another entry:')).toBeTruthy();
  });

  it('offers delete for a stored entry and a number field for documents', () => {
    const onDelete = vi.fn();
    render(<EntryForm initial={{ ...emptyForm('doc-1'), type: 'document', labelEn: 'Resolution 2254', number: '2254' }} isNew={false} onSubmit={vi.fn()} onDelete={onDelete} />);
    expect((screen.getByLabelText('Document number') as HTMLInputElement).value).toBe('2254');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });
});
