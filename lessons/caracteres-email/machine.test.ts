import { createActor } from 'xstate';
import { TEXTS } from './drill';
import { caracteresEmailMachine, MAX_LEVEL } from './machine';
import { sameKeyMistake } from './mistakes';

const start = (input: { level?: number; weakKeys?: string[] } = {}) =>
  createActor(caracteresEmailMachine, { input: { level: input.level ?? 0, weakKeys: input.weakKeys } }).start();
type Actor = ReturnType<typeof start>;

const type = (actor: Actor, text: string) => {
  for (const char of text) actor.send({ type: 'user.char', char });
};
const skip = (actor: Actor, steps: number) => {
  for (let step = 0; step < steps; step += 1) actor.send({ type: 'lesson.skip' });
};
const at = (actor: Actor) => actor.getSnapshot();

describe('caracteres-email', () => {
  it('goes through the signs one step each, then two whole addresses', () => {
    const actor = start();
    const seen: unknown[] = [];
    for (const text of Object.values(TEXTS)) {
      seen.push(at(actor).value);
      type(actor, text);
    }
    expect(seen.map((value) => Object.keys(value as object)[0])).toEqual(['at', 'dot', 'dash', 'underscore', 'address', 'address2']);
    expect(at(actor).status).toBe('done');
    expect(at(actor).output).toEqual({ score: 100, attempts: 6, level: MAX_LEVEL, weakKeys: [], revisedKeys: [] });
  });

  it('counts Maj + à (0) as a miss on @, and makes @ a weak key after two', () => {
    const actor = start({ level: 2 });
    type(actor, '@0');
    expect(at(actor).context).toMatchObject({ pos: 1, missesHere: 1, weak: [], level: 2 });
    type(actor, 'à');
    expect(at(actor).context).toMatchObject({ pos: 1, missesHere: 2, weak: ['@'], newWeak: ['@'], level: 1 });
    // A third miss on the same sign changes nothing more: the lesson is teaching it by then.
    type(actor, '0');
    expect(at(actor).context).toMatchObject({ missesHere: 3, weak: ['@'], level: 1 });
    type(actor, '@@');
    expect(at(actor).matches('dot')).toBe(true);
  });

  it('ends with a revision of the weak signs, each typed three times, and gives them back', () => {
    const actor = start();
    skip(actor, 2);
    type(actor, 'jean');
    type(actor, '66');
    type(actor, '-luc');
    skip(actor, 3);
    expect(at(actor).matches('revision')).toBe(true);
    type(actor, '--');
    expect(at(actor).matches('revision')).toBe(true);
    type(actor, '-');
    expect(at(actor).status).toBe('done');
    // Two exercises typed: « jean-luc » with slips (1 point), the revision clean (2 points).
    expect(at(actor).output).toEqual({ score: 75, attempts: 2, level: 1, weakKeys: ['-'], revisedKeys: ['-'] });
  });

  it('revises the weak signs kept from earlier lessons, only its own, at most three', () => {
    const actor = start({ weakKeys: ['ê', '_', '@', '.', '-'] });
    expect(at(actor).context.weak).toEqual(['_', '@', '.']);
    skip(actor, 6);
    type(actor, '___@@@..');
    expect(at(actor).status).toBe('active');
    type(actor, '.');
    expect(at(actor).status).toBe('done');
    // Typed to the end: the three can be forgotten (not ê nor -, never practised here).
    expect(at(actor).output).toMatchObject({ weakKeys: [], revisedKeys: ['_', '@', '.'] });
  });

  it('revises nothing when the revision is skipped, even near its end', () => {
    const actor = start({ weakKeys: ['@'] });
    skip(actor, 6);
    type(actor, '@@');
    skip(actor, 1);
    expect(at(actor).status).toBe('done');
    expect(at(actor).output).toMatchObject({ weakKeys: [], revisedKeys: [] });
  });

  it('goes straight to the end when there is nothing to revise', () => {
    const actor = start();
    skip(actor, 6);
    expect(at(actor).status).toBe('done');
    expect(at(actor).output).toEqual({ score: 0, attempts: 0, level: 0, weakKeys: [], revisedKeys: [] });
  });

  it('starts at the level reached last time, short of the top', () => {
    expect(start({ level: 3 }).getSnapshot().context.level).toBe(MAX_LEVEL - 1);
    expect(start({ level: -4 }).getSnapshot().context.level).toBe(0);
  });

  it('shows the hint after lesson.idle, until the step changes', () => {
    const actor = start();
    actor.send({ type: 'lesson.idle' });
    expect(at(actor).hasTag('hinted')).toBe(true);
    type(actor, '@@@');
    expect(at(actor).hasTag('hinted')).toBe(false);
  });
});

describe('the same key with the wrong modifier', () => {
  const atSign = { code: 'Digit0', shift: false, altGr: true } as const;
  it('tells Maj + à (0) from à alone, when @ was wanted', () => {
    expect(sameKeyMistake('fr-azerty', atSign, '0', 'Digit0')).toBe('shiftNotAltGr');
    expect(sameKeyMistake('fr-azerty', atSign, 'à', 'Digit0')).toBe('needAltGr');
  });

  it('tells a missing Maj for the dot and an extra Maj for the dash', () => {
    expect(sameKeyMistake('fr-azerty', { code: 'Comma', shift: true, altGr: false }, ';', 'Comma')).toBe('needShift');
    expect(sameKeyMistake('fr-azerty', { code: 'Digit6', shift: false, altGr: false }, '6', 'Digit6')).toBe('noShift');
  });

  it('says nothing about another key, or an unknown one', () => {
    expect(sameKeyMistake('fr-azerty', atSign, 'p', 'KeyP')).toBeNull();
    expect(sameKeyMistake('fr-azerty', atSign, '0', null)).toBeNull();
  });
});
