// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../lib/page/mention-index';
import { isCurrent, type PageMention } from '../../../lib/page/page-mentions';
import { textBlocks } from '../../../lib/page/text-blocks';

describe('the mention index', () => {
  it('forgets a mention by the nodes it was found in, even after their text changed', () => {
    document.body.innerHTML = '<p>Secretary <b>Antony</b> Blinken spoke.</p>';
    const [block] = textBlocks(document.body);
    const start = block!.text.indexOf('Antony');
    // happy-dom has no StaticRange; the index goes by the block and offsets.
    const mention: PageMention = { entityId: 'blinken', type: 'person', range: {} as StaticRange, block: block!, start, end: start + 'Antony Blinken'.length };
    const index = new MentionIndex();
    index.add([mention]);
    const [, antony, rest] = block!.nodes;
    expect(index.inNode(rest!)).toEqual([mention]);

    antony!.data = '';
    index.remove((m) => m === mention);
    expect([index.has(antony!), index.has(rest!)]).toEqual([false, false]);
  });

  it('forgets the mentions in the nodes of a block read again, and keeps the others in the order found', () => {
    document.body.innerHTML = '<p>Hamas and <i>Hezbollah</i> replied.</p><p>Blinken spoke.</p>';
    const [first, second] = textBlocks(document.body);
    const at = (block: typeof first, name: string, entityId: string): PageMention => {
      const start = block!.text.indexOf(name);
      return { entityId, type: 'organization', range: {} as StaticRange, block: block!, start, end: start + name.length };
    };
    const hamas = at(first, 'Hamas', 'hamas');
    const hezbollah = at(first, 'Hezbollah', 'hezbollah');
    const blinken = at(second, 'Blinken', 'blinken');
    const index = new MentionIndex();
    index.add([hamas, blinken, hezbollah]);
    expect(index.removeIn([first!.nodes[1]!])).toEqual([hezbollah]);
    expect(index.all()).toEqual([hamas, blinken]);
    expect(index.removeIn(first!.nodes)).toEqual([hamas]);
    expect([index.size, [...index.counts().keys()]]).toEqual([1, ['blinken']]);
  });

  it('tells a mention whose text changed since it was read, before any range of it is made', () => {
    document.body.innerHTML = '<p>Secretary <b>Antony</b> Blinken spoke.</p>';
    const [block] = textBlocks(document.body);
    const start = block!.text.indexOf('Antony');
    const mention: PageMention = { entityId: 'blinken', type: 'person', range: {} as StaticRange, block: block!, start, end: start + 'Antony Blinken'.length };
    expect(isCurrent(mention)).toBe(true);
    block!.nodes[2]!.data = ' B.';
    expect(isCurrent(mention)).toBe(false);
  });

  it('keeps a mention current next to a line break, which is in its block\'s text and in no node', () => {
    document.body.innerHTML = '<p>Ismail Haniyeh said<br>more.</p>';
    const [block] = textBlocks(document.body);
    expect(block!.text).toBe('Ismail Haniyeh said\nmore.');
    const mention: PageMention = { entityId: 'haniyeh', type: 'person', range: {} as StaticRange, block: block!, start: 0, end: 'Ismail Haniyeh'.length };
    expect(isCurrent(mention)).toBe(true);
  });
});
