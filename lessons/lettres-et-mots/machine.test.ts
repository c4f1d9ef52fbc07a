import { createActor } from 'xstate';
import { DEFAULT_REVIEW, LETTERS, lettresMachine, reviewFor, TOP_LEVEL, WORDS } from './machine';

const start = (input: { level?: number; weakKeys?: string[] } = {}) =>
  createActor(lettresMachine, { input: { level: input.level ?? 0, weakKeys: input.weakKeys } }).start();
const type = (actor: ReturnType<typeof start>, text: string) => [...text].forEach((char) => actor.send({ type: 'user.char', char }));
const skip = (actor: ReturnType<typeof start>, times: number) => {
  for (let step = 0; step < times; step += 1) actor.send({ type: 'lesson.skip' });
};
const name = (length: number, otherCharacters = false) => ({ type: 'user.name' as const, length, otherCharacters });

describe('lettres-et-mots', () => {
  it('takes each letter in either case, and never writes a wrong one', () => {
    const actor = start();
    type(actor, 'A');
    expect(actor.getSnapshot().context).toMatchObject({ item: 1, tries: 0 });
    type(actor, 'w');
    expect(actor.getSnapshot().context).toMatchObject({ item: 1, tries: 1, weak: '' });
    type(actor, 'zqw');
    expect(actor.getSnapshot().context.item).toBe(4);
    type(actor, 'm');
    expect(actor.getSnapshot().matches('words')).toBe(true);
  });

  it('marks a letter weak after two misses on it, at most two letters, in the lesson order', () => {
    const actor = start();
    type(actor, 'a');
    type(actor, 'ssz');
    expect(actor.getSnapshot().context.weak).toBe('z');
    type(actor, 'xxq');
    type(actor, 'xxxw');
    expect(actor.getSnapshot().context).toMatchObject({ weak: 'zq', tries: 0 });
    type(actor, 'm');
    type(actor, 'pxxain');
    // m is a lesson letter, missed twice in « merci », but two letters are kept already.
    type(actor, 'xxmerci');
    expect(actor.getSnapshot().context.weak).toBe('zq');
  });

  it('types the words letter by letter, then asks for a first name without keeping it', () => {
    const actor = start();
    skip(actor, 1);
    type(actor, WORDS.join(''));
    expect(actor.getSnapshot().matches('name')).toBe(true);
    actor.send(name(0));
    expect(actor.getSnapshot().context.nameProblem).toBe('empty');
    actor.send(name(6, true));
    expect(actor.getSnapshot().context.nameProblem).toBe('otherCharacters');
    actor.send(name(4));
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.nameProblem).toBeNull();
  });

  it('revises the weak letters, each twice, else the usual suspects, and gives the weak ones back', () => {
    const actor = start();
    type(actor, 'xxa');
    type(actor, 'zqwm');
    skip(actor, 2);
    expect(actor.getSnapshot().context.review).toBe('aa');
    type(actor, 'aA');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['a'], revisedKeys: ['a'], score: 50, attempts: 2 });
    expect(reviewFor('', '')).toBe(DEFAULT_REVIEW.map((letter) => letter.repeat(2)).join(''));
  });

  it('adds plain letters missed in earlier lessons to the revision, and ignores other characters', () => {
    const actor = start({ weakKeys: ['é', 'j', '@', 'u', 'k'] });
    expect(actor.getSnapshot().context.earlier).toBe('juk');
    type(actor, 'xxa');
    skip(actor, 3);
    expect(actor.getSnapshot().context.review).toBe('aajjuu');
    type(actor, 'aajju');
    expect(actor.getSnapshot().status).toBe('active');
    type(actor, 'u');
    // Typed to the end: j and u can be forgotten (not k, left out of the revision), a stays weak.
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['a'], revisedKeys: ['a', 'j', 'u'] });
  });

  it('does not say revised a letter from an earlier lesson missed twice again in the revision', () => {
    const actor = start({ weakKeys: ['j', 'u'] });
    skip(actor, 3);
    expect(actor.getSnapshot().context.review).toBe('jjuu');
    type(actor, 'xxjjuu');
    // j is not one of this lesson's letters: it stays stored because it is not given back as revised.
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: [], revisedKeys: ['u'] });
  });

  it('revises nothing when the revision is skipped, even near its end', () => {
    const actor = start({ weakKeys: ['j'] });
    skip(actor, 3);
    type(actor, 'j');
    skip(actor, 1);
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: [], revisedKeys: [] });
  });

  it('gives less help next time after a lesson done alone with no letter missed twice', () => {
    const actor = start({ level: 1 });
    type(actor, LETTERS.join('') + WORDS.join(''));
    actor.send(name(3));
    type(actor, reviewFor('', ''));
    // The usual suspects were never weak: nothing to forget.
    expect(actor.getSnapshot().output).toEqual({ score: 100, attempts: 4, level: 2, weakKeys: [], revisedKeys: [] });
  });

  it('gives more help after a lesson mostly skipped, and clamps the level it is given', () => {
    const actor = start({ level: 99 });
    expect(actor.getSnapshot().context.level).toBe(TOP_LEVEL);
    skip(actor, 4);
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: TOP_LEVEL - 1, weakKeys: [], revisedKeys: [] });
  });

  it('shows the hint after lesson.idle until the step changes', () => {
    const actor = start();
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    skip(actor, 1);
    expect(actor.getSnapshot().hasTag('hinted')).toBe(false);
  });
});
