import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { useLocale } from '@/components/common/fake-i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SettingsForm } from './SettingsForm';

const commands = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+H' },
  { name: 'next-mention', description: 'Next mention', shortcut: '' },
];

describe('SettingsForm', () => {
  beforeEach(() => useLocale('en'));

  it('card language', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    expect((screen.getByRole('radio', { name: 'Arabic' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(onChange).toHaveBeenCalledWith({ cardLanguage: 'en' });
  });

  it('hover delay: a labelled slider that speaks its value', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={{ ...DEFAULT_SETTINGS, hoverDelay: 250 }} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Delay before a card opens' }) as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toBe('250 ms');
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('1500');
    slider.value = '600';
    fireEvent.input(slider);
    expect(onChange).toHaveBeenCalledWith({ hoverDelay: 600 });
  });

  it('highlight style', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Coloured background' }));
    expect(onChange).toHaveBeenCalledWith({ highlightStyle: 'background' });
  });

  it('per-type visibility and colour', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Place' }));
    expect(onChange).toHaveBeenCalledWith({ types: { place: false } });
    const colour = screen.getByLabelText('Colour for Document') as HTMLInputElement;
    expect(colour.value).toBe(DEFAULT_SETTINGS.colors.document);
    colour.value = '#123456';
    fireEvent.input(colour);
    expect(onChange).toHaveBeenCalledWith({ colors: { document: '#123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore default colours' }));
    expect(onChange).toHaveBeenLastCalledWith({ colors: DEFAULT_SETTINGS.colors });
  });

  it('restore all defaults keeps the master switch', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={{ ...DEFAULT_SETTINGS, enabled: false, hoverDelay: 900 }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore all defaults' }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ enabled: false, hoverDelay: DEFAULT_SETTINGS.hoverDelay }));
  });

  it('shortcuts: the browser commands, their keys, and a way to change them', () => {
    const open = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={vi.fn()} shortcuts={{ commands, change: 'page', onChange: open }} />);
    expect(screen.getByRole('rowheader', { name: "Open Hamish's popup" })).toBeTruthy();
    expect(screen.getByText('Alt+Shift+H').tagName).toBe('KBD');
    expect(screen.getByRole('rowheader', { name: 'Next mention' })).toBeTruthy();
    expect(screen.getByText('Not set')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(open).toHaveBeenCalled();
  });

  it('older Firefox: instructions instead of a button', () => {
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={vi.fn()} shortcuts={{ commands: [], change: 'firefox', onChange: vi.fn() }} />);
    expect(screen.queryByRole('button', { name: 'Change shortcuts' })).toBeNull();
    expect(screen.getByText(/Manage Extension Shortcuts/)).toBeTruthy();
    expect(screen.getByText('No shortcuts are defined.')).toBeTruthy();
  });

  it('Arabic: every string comes from the locale files', () => {
    useLocale('ar');
    const { container } = render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={vi.fn()} shortcuts={{ commands, change: 'page', onChange: vi.fn() }} />);
    expect(container.textContent).not.toMatch(/settings_|type_|popup_/);
    expect(screen.getByRole('slider', { name: 'مهلة ظهور البطاقة' })).toBeTruthy();
  });
});
