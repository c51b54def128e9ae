// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsCorrections, type OptionsCorrectionsProps } from '../../../components/OptionsCorrections';
import { NO_CORRECTIONS, type Corrections } from '../../../lib/knowledge/corrections';
import type { EntityRef } from '../../../lib/knowledge/views';

const names: Record<string, EntityRef> = {
  'person:marta-kowalczyk': { id: 'person:marta-kowalczyk', name: 'Marta Kowalczyk', type: 'person' },
  'person:m-kowalczyk': { id: 'person:m-kowalczyk', name: 'M. Kowalczyk', type: 'person' },
  'organization:vistula-rail': { id: 'organization:vistula-rail', name: 'Vistula Rail', type: 'organization' },
  'organization:tuesday': { id: 'organization:tuesday', name: 'The Tuesday', type: 'organization' },
};

function setup(corrections: Corrections = NO_CORRECTIONS, props: Partial<OptionsCorrectionsProps> = {}) {
  const onChange = vi.fn<OptionsCorrectionsProps['onChange']>(() => Promise.resolve());
  const all = { names, corrections, onChange, ...props };
  const view = render(<OptionsCorrections {...all} />);
  return { onChange, rerender: (change: Partial<OptionsCorrectionsProps>) => view.rerender(<OptionsCorrections {...all} {...change} />) };
}

const known = () => within(screen.getByRole('group', { name: 'Names Backstory knows' }));

/** The section's polite live region (the page's one role=status is the settings toast). */
const liveStatus = () => document.querySelector('.bs-options-inline-status')!;

describe('corrections', () => {
  afterEach(cleanup);

  it('lists the knowledge’s names in order, with their kind', () => {
    setup();
    expect(known().getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual([
      'M. Kowalczyk Person',
      'Marta Kowalczyk Person',
      'The Tuesday Organization',
      'Vistula Rail Organization',
    ]);
    expect(within(screen.getByRole('heading', { name: 'Your corrections' }).parentElement!).getByText('None.')).toBeTruthy();
  });

  it('finds names as they are typed', () => {
    setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find a name' }), { target: { value: 'kowal' } });
    expect(known().getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find a name' }), { target: { value: 'nobody' } });
    expect(known().getByText('No names.')).toBeTruthy();
  });

  it('hides a wrong entity by its name key, and moves focus on once it is gone', async () => {
    const { onChange, rerender } = setup();
    fireEvent.click(screen.getByRole('button', { name: '“The Tuesday” is not an entity' }));
    expect(onChange).toHaveBeenCalledWith({ hidden: ['tuesday'], merges: [] });
    await waitFor(() => expect(liveStatus().textContent).toBe('“The Tuesday” is no longer treated as an entity.'));
    const { 'organization:tuesday': _, ...rest } = names;
    rerender({ names: rest, corrections: { hidden: ['tuesday'], merges: [] } });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '“Vistula Rail” is not an entity' }));
    // The correction keeps the name it was made with, though the knowledge no longer has it.
    expect(screen.getByText('Not an entity: The Tuesday')).toBeTruthy();
  });

  it('merges two names picked as the same entity', async () => {
    const { onChange } = setup({ hidden: ['x'], merges: [] });
    const merge = screen.getByRole('button', { name: 'Same entity' });
    fireEvent.click(merge);
    expect(screen.getByRole('alert').textContent).toBe('Pick two names of the same entity, then choose Same entity.');
    fireEvent.click(known().getByRole('checkbox', { name: /^Marta Kowalczyk/u }));
    fireEvent.click(known().getByRole('checkbox', { name: /^M\. Kowalczyk/u }));
    expect(document.getElementById(merge.getAttribute('aria-describedby')!)!.textContent).toBe('Picked: Marta Kowalczyk · M. Kowalczyk');
    fireEvent.click(merge);
    expect(onChange).toHaveBeenCalledWith({ hidden: ['x'], merges: [['marta kowalczyk', 'm kowalczyk']] });
    await waitFor(() => expect(liveStatus().textContent).toBe('“Marta Kowalczyk” and “M. Kowalczyk” are now one entity.'));
    expect(known().getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('refuses three names at once', () => {
    const { onChange } = setup();
    for (const box of known().getAllByRole('checkbox').slice(0, 3)) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Same entity' }));
    expect(screen.getByRole('alert').textContent).toBe('Pick two names of the same entity, then choose Same entity.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('lists the corrections made, each with Undo', () => {
    const corrections: Corrections = { hidden: ['tuesday', 'gone name'], merges: [['marta kowalczyk', 'm kowalczyk']] };
    const { onChange } = setup(corrections);
    const list = screen.getByRole('heading', { name: 'Your corrections' }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((li) => li.firstChild!.textContent)).toEqual([
      'Not an entity: The Tuesday',
      'Not an entity: gone name',
      'Same entity: Marta Kowalczyk and M. Kowalczyk',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo “Not an entity: The Tuesday”' }));
    expect(onChange).toHaveBeenLastCalledWith({ hidden: ['gone name'], merges: corrections.merges });
    fireEvent.click(screen.getByRole('button', { name: 'Undo “Same entity: Marta Kowalczyk and M. Kowalczyk”' }));
    expect(onChange).toHaveBeenLastCalledWith({ hidden: corrections.hidden, merges: [] });
  });

  it('says why a correction could not be saved', async () => {
    setup(NO_CORRECTIONS, { onChange: () => Promise.reject(new Error('storage is full')) });
    fireEvent.click(screen.getByRole('button', { name: '“Vistula Rail” is not an entity' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That didn’t work: storage is full'));
  });

  it('shows names with markup as text', () => {
    setup(NO_CORRECTIONS, { names: { x: { id: 'x', name: '<img src=x onerror=alert(1)>', type: 'person' } } });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
