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
    expect(navigation.isHere()).toBe(false);
    expect([navigation.step(1, 'start'), navigation.step(1, 'here'), navigation.step(1, 'here'), navigation.step(1, 'here')]).toEqual([
      hamas,
      hezbollah,
      blinken,
      hamasAgain,
    ]);
    expect(navigation.isHere()).toBe(true);
    // Past the last: none here (the tab's next frame takes the step), and the steps are no longer here.
    expect(navigation.step(1, 'here')).toBeUndefined();
    expect(navigation.isHere()).toBe(false);
    // Coming back from another frame, going back: from the last.
    expect(navigation.step(-1, 'start')).toBe(hamasAgain);
    expect(navigation.step(-1, 'here')).toBe(blinken);
    // One entity's steps are kept apart from the keyboard's.
    expect(navigation.isHere('hamas')).toBe(false);
    expect([navigation.nextOf('hamas', 'start'), navigation.nextOf('hamas', 'here'), navigation.nextOf('hamas', 'here')]).toEqual([hamas, hamasAgain, undefined]);
    expect(navigation.isHere('hamas')).toBe(false);
    expect(navigation.step(1, 'here')).toBe(hamasAgain);
    // The paragraph holding the last name shown is read again (its text changed): the steps go on from where it stood.
    navigation.step(-1, 'here');
    index.removeIn(second!.nodes);
    const [blinkenAgain, hamasOnceMore] = [mention(second, 'Blinken'), mention(second, 'Hamas')];
    index.add([blinkenAgain, hamasOnceMore]);
    expect(navigation.step(1, 'here')).toBe(hamasOnceMore);
    expect(navigation.step(-1, 'here')).toBe(blinkenAgain);
  });
});
