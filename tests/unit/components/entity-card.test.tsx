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
    const background = [...document.querySelectorAll('.bs-fact q')].map((q) => q.textContent!);
    expect(background.length).toBeGreaterThan(0);
    expect(background.length).toBeLessThanOrEqual(3);
    const source = pack.sources[0]!.text;
    for (const quote of background) expect(source).toContain(quote);
    expect(background[0]).toContain('Mohammed Shia al-Sudani');
    expect(document.querySelector('.bs-sources')!.textContent).toBe('Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning to al-Sudani');
    expect([...document.querySelectorAll('.bs-event-date')].map((e) => e.textContent)).toEqual(['after 4 Aug 2024', '4 Aug 2024']);
  });

  it('opens the source at the cited sentence from a reference number', () => {
    const onOpenSource = vi.fn();
    render(<EntityCard view={entityView(pack, idOf('Antony Blinken'))!} onOpenSource={onOpenSource} />);
    fireEvent.click(document.querySelector('.bs-background .bs-ref')!);
    const [sourceId, quote] = onOpenSource.mock.calls[0]!;
    expect(sourceId).toBe(pack.sources[0]!.id);
    expect(pack.sources[0]!.text.slice(quote.start, quote.end)).toContain('Blinken');
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
