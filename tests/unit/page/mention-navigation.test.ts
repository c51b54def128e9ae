// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../lib/page/mention-index';
import { MentionNavigation } from '../../../lib/page/mention-navigation';
import type { PageMention } from '../../../lib/page/page-mentions';
import type { PageReading } from '../../../lib/page/reading';
import { textBlocks } from '../../../lib/page/text-blocks';

describe('stepping through mentions', () => {
  it('goes in reading order, whatever order they were found in, without making their ranges, and says when it passes the end', () => {
    document.body.innerHTML = '<p>Hamas and <b>Hezbollah</b> replied.</p><p>Then Blinken spoke, and Hamas again.</p>';
    const [first, second] = textBlocks(document.body);
    const mention = (block: typeof first, name: string, from = 0): PageMention => {
      const start = block!.text.indexOf(name, from);
      return {
        entityId: name.toLowerCase(),
        type: 'organization',
        block: block!,
        start,
        end: start + name.length,
        get range(): StaticRange {
          throw new Error('no range is needed to put mentions in order');
        },
      };
    };
    const hamasAgain = mention(second, 'Hamas');
    const blinken = mention(second, 'Blinken');
    const hezbollah = mention(first, 'Hezbollah');
    const hamas = mention(first, 'Hamas');
    const index = new MentionIndex();
    index.add([hamasAgain, blinken, hezbollah, hamas]);
    const navigation = new MentionNavigation(() => ({ index }) as unknown as PageReading);
    expect([1, 1, 1, 1].map(() => navigation.step(1))).toEqual([hamas, hezbollah, blinken, hamasAgain]);
    // Past the last: none here (the tab's next frame takes the step), and the next step starts over.
    expect(navigation.step(1)).toBeUndefined();
    expect(navigation.step(1)).toBe(hamas);
    expect(navigation.step(-1)).toBeUndefined();
    expect(navigation.step(-1)).toBe(hamasAgain);
    expect([1, 2, 3, 4].map(() => navigation.nextOf('hamas'))).toEqual([hamas, hamasAgain, undefined, hamas]);
  });
});
