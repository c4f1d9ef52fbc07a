import { drillOutput, initialDrill, recordHit, revisionChars, startStep, type DrillContext } from './typingDrill';

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
