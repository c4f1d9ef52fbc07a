import { drillGuidance, drillOutput, initialDrill, MAX_LEVEL, recordHit, revisionChars, startStep, type DrillContext } from './typingDrill';

const PRACTISABLE = ['ê', 'ô', 'é'];
/** The revision started, as a lesson's `startRevision` does. */
const inRevision = (context: DrillContext): DrillContext => ({ ...context, ...startStep(), revision: revisionChars(context) });
/** One word of the revision typed through, character after character. */
const typeWord = (words: readonly string[], context: DrillContext) =>
  [...words[context.item]].reduce((now) => ({ ...now, ...recordHit(words, now) }), context);

describe('typing drill: the closing revision', () => {
  it('gives back every key it practised once typed to its end, the remembered ones with this lesson’s', () => {
    const start = { ...initialDrill({ weakKeys: ['@', 'ô'] }, PRACTISABLE), weak: ['ê'] };
    let context = inRevision(start);
    expect(context.revision).toEqual(['ê', 'ô']);
    const words = ['tête', 'hôtel'];
    context = typeWord(words, context);
    // Skipped here, it would have revised nothing.
    expect(drillOutput(context).revisedKeys).toEqual([]);
    context = typeWord(words, context);
    expect(drillOutput(context)).toMatchObject({ weakKeys: ['ê'], revisedKeys: ['ê', 'ô'] });
  });

  it('gives back none when there was no revision', () => {
    const context = { ...initialDrill({ weakKeys: ['@'] }, PRACTISABLE), item: 5 };
    expect(drillOutput(context).revisedKeys).toEqual([]);
  });
});

describe('typing drill: what the keyboard drawing shows', () => {
  const at = (level: number, item: number, missesHere: number) => drillGuidance({ level, item, missesHere });

  it('fades the key with the level, on a word after the first one', () => {
    expect([0, 1, 2].map((level) => at(level, 1, 0).showKey)).toEqual([true, true, false]);
    expect([0, 1, 2].map((level) => at(level, 1, 0).showFinger)).toEqual([true, false, false]);
  });

  it('shows the key on a step’s first word at every level: the step brings something new', () => {
    expect(at(MAX_LEVEL, 0, 0).showKey).toBe(true);
  });

  it('shows the key after the first miss at every level, and the finger after the second', () => {
    for (const level of [0, 1, 2]) {
      expect(at(level, 1, 1).showKey).toBe(true);
      expect(at(level, 1, 2)).toEqual({ showKey: true, showFinger: true });
    }
  });

  it('shows both when the lesson asks for them anyway (a hint, the revision)', () => {
    expect(drillGuidance({ level: MAX_LEVEL, item: 2, missesHere: 0 }, true)).toEqual({ showKey: true, showFinger: true });
  });
});
