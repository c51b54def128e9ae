// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../../components/EntityCard';
import { compileSources } from '../../../lib/knowledge/compile';
import { entityView } from '../../../lib/knowledge/views';
import { readSourceFile } from '../../../scripts/source-files';

const file = '2024-08-04-shafaq-news-blinken-warns-al-sudani.txt';
const pack = compileSources([readSourceFile(file, readFileSync(`sources/${file}`, 'utf8'))]);
const idOf = (name: string) => pack.entities.find((e) => e.name === name)!.id;

describe('the entity card', () => {
  afterEach(cleanup);

  it('shows name, type, role as of its source, cited facts and the timeline', () => {
    render(<EntityCard view={entityView(pack, idOf('Mohammed Shia al-Sudani'))!} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Mohammed Shia al-Sudani');
    expect(screen.getByText('Person')).toBeTruthy();
    expect(document.querySelector('.bs-role')!.textContent).toBe('Iraqi Prime Minister, per Shafaq News, 4 Aug 2024');
    expect(document.querySelectorAll('.bs-fact')).toHaveLength(6);
    expect(document.querySelector('.bs-citation')!.textContent).toBe('Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning to al-Sudani');
    expect([...document.querySelectorAll('.bs-event-date')].map((e) => e.textContent)).toEqual(['after 4 Aug 2024', '4 Aug 2024']);
  });

  it('switches to a related entity when its name is clicked', () => {
    const onSelect = vi.fn();
    render(<EntityCard view={entityView(pack, idOf('Ismail Haniyeh'))!} onSelectEntity={onSelect} />);
    const related = document.querySelector('.bs-related')!;
    expect(related.textContent).toContain('Hamas (politburo head)');
    fireEvent.click(screen.getAllByRole('button', { name: 'Hamas' })[0]!);
    expect(onSelect).toHaveBeenCalledWith(idOf('Hamas'));
  });
});
