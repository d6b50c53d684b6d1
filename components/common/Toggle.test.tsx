import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Toggle } from './Toggle';

describe('Toggle', () => {
  it('is a labelled switch that reports its new state', () => {
    const onChange = vi.fn();
    render(<Toggle id="t1" label="Hamish on" hint="Off on every site" checked={false} onChange={onChange} />);
    const sw = screen.getByRole('switch', { name: /Hamish on/ });
    expect((sw as HTMLInputElement).checked).toBe(false);
    expect(sw.getAttribute('aria-describedby')).toBe('t1-hint');
    expect(document.getElementById('t1-hint')?.textContent).toBe('Off on every site');
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('clicking the label toggles too; disabled does not', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Toggle id="t2" label="Site" checked={true} onChange={onChange} />);
    fireEvent.click(screen.getByText('Site'));
    expect(onChange).toHaveBeenCalledWith(false);
    rerender(<Toggle id="t2" label="Site" checked={true} onChange={onChange} disabled />);
    expect((screen.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
  });
});
