// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DomWatch, type DomChanges } from '../../../lib/page/dom-watch';

/** Watches the article of `html` and returns the first batch of changes that `change` makes. */
function firstBatch(html: string, change: () => void): Promise<DomChanges> {
  document.body.innerHTML = html;
  return new Promise((resolve) => {
    const watch = new DomWatch(
      {
        changes: (changes) => {
          watch.disconnect();
          resolve(changes);
        },
      },
      () => false,
      (task) => task(),
      0,
    );
    watch.observe(document.querySelector('article')!);
    change();
  });
}

describe('the DOM watch', () => {
  it('reports the smallest roots to read again: an added block, and the block of changed text', async () => {
    const changes = await firstBatch('<article><p id="first">Text <b>here</b>.</p></article>', () => {
      document.querySelector('b')!.firstChild!.textContent = 'there';
      const added = document.createElement('section');
      added.innerHTML = '<p>New.</p>';
      document.querySelector('article')!.append(added);
    });
    expect(changes.changed.map((node) => (node as Element).id || node.nodeName)).toEqual(['first', 'SECTION']);
    expect([changes.removed, changes.moved]).toEqual([false, []]);
  });

  it('tells removed nodes from those moved elsewhere on the page', async () => {
    const changes = await firstBatch('<article><p id="kept">One.</p><p id="gone">Two.</p></article><footer></footer>', () => {
      document.querySelector('footer')!.append(document.getElementById('kept')!);
      document.getElementById('gone')!.remove();
    });
    expect(changes.removed).toBe(true);
    expect(changes.moved).toEqual([document.getElementById('kept')]);
    expect(changes.changed).toEqual([]);
  });

  it('tells at once which text nodes were edited or taken out, and reads their blocks again in the batch', async () => {
    document.body.innerHTML = '<article><p id="edited">Ismail Haniyeh spoke.</p><p>Untouched.</p></article>';
    const text = document.getElementById('edited')!.firstChild as Text;
    const told: string[] = [];
    const batch = new Promise<DomChanges>((resolve) => {
      const watch = new DomWatch(
        {
          changes: (changes) => {
            told.push('batch');
            watch.disconnect();
            resolve(changes);
          },
          edited: (texts) => told.push(`edited ${texts.map((t) => t.data).join(', ')}`),
        },
        () => false,
        (task) => task(),
        50,
      );
      watch.observe(document.querySelector('article')!);
    });
    text.insertData(0, 'Yesterday, ');
    await new Promise((resolve) => setTimeout(resolve));
    // Its text replaced: the text node taken out is told of too.
    document.getElementById('edited')!.textContent = 'Nothing said.';
    const changes = await batch;
    expect(told).toEqual(['edited Yesterday, Ismail Haniyeh spoke.', 'edited Yesterday, Ismail Haniyeh spoke.', 'batch']);
    expect(changes.changed).toEqual([document.getElementById('edited')]);
  });
});
