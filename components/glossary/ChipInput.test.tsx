import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChipInput } from './ChipInput';
import { useMessages } from './test-messages';

beforeEach(() => {
  useMessages('en');
});
afterEach(cleanup);

function Harness({ start = [] as string[] }) {
  const [values, setValues] = useState(start);
  return (
    <>
      <ChipInput id="c" label="Other names" values={values} onChange={setValues} />
      <output data-testid="out">{JSON.stringify(values)}</output>
    </>
  );
}
const out = () => JSON.parse(screen.getByTestId('out').textContent ?? '[]') as string[];

describe('ChipInput', () => {
  // Each separator ends a chip: Enter, a Latin comma, an Arabic comma (U+060C); blur keeps what was typed.
  it.each([
    ['Enter', (el: HTMLElement) => (fireEvent.input(el, { target: { value: 'الأسد' } }), fireEvent.keyDown(el, { key: 'Enter' }))],
    ['a comma', (el: HTMLElement) => fireEvent.input(el, { target: { value: 'الأسد,' } })],
    ['an Arabic comma', (el: HTMLElement) => fireEvent.input(el, { target: { value: 'الأسد،' } })],
    ['leaving the field', (el: HTMLElement) => (fireEvent.input(el, { target: { value: 'الأسد' } }), fireEvent.blur(el))],
  ])('adds a chip on %s', (_n, act) => {
    render(<Harness />);
    act(screen.getByLabelText('Other names'));
    expect(out()).toEqual(['الأسد']);
    expect((screen.getByLabelText('Other names') as HTMLInputElement).value).toBe('');
  });

  it('splits a pasted list and skips duplicates and blanks', () => {
    render(<Harness start={['أ']} />);
    fireEvent.input(screen.getByLabelText('Other names'), { target: { value: 'ب، أ, ,ج,' } });
    expect(out()).toEqual(['أ', 'ب', 'ج']);
  });

  it('removes a chip with its button, and the last one with Backspace in the empty field', () => {
    render(<Harness start={['أ', 'ب', 'ج']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove ب' }));
    expect(out()).toEqual(['أ', 'ج']);
    fireEvent.keyDown(screen.getByLabelText('Other names'), { key: 'Backspace' });
    expect(out()).toEqual(['أ']);
  });
});
