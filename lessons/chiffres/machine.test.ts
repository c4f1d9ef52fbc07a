import { createActor } from 'xstate';
import { TAX_MAX, TAX_NUMBER, TEXTS, taxCheck } from './drill';
import { chiffresMachine, MAX_LEVEL } from './machine';

const start = (input: { level?: number; weakKeys?: string[] } = {}) =>
  createActor(chiffresMachine, { input: { level: input.level ?? 0, weakKeys: input.weakKeys } }).start();
type Actor = ReturnType<typeof start>;

const type = (actor: Actor, text: string, keypad = false) => {
  for (const char of text) actor.send({ type: 'user.char', char, keypad });
};
const enter = (actor: Actor) => actor.send({ type: 'user.key', code: 'Enter' });
const backspace = (actor: Actor) => actor.send({ type: 'user.key', code: 'Backspace' });
const at = (actor: Actor) => actor.getSnapshot();

describe('chiffres', () => {
  it('takes the expected digit and names nothing else as typed', () => {
    const actor = start();
    type(actor, '1');
    expect(at(actor).context.pos).toBe(1);
    // & is the 1 key without Maj: a miss, kindly counted, and the text does not move.
    type(actor, '&');
    expect(at(actor).context).toMatchObject({ pos: 1, missesHere: 1, clean: false });
    type(actor, '23');
    expect(at(actor).matches('keypad')).toBe(true);
  });

  it('makes a character missed twice a weak key, lowers the help level once, and practises it at the end', () => {
    const actor = start({ level: 1 });
    type(actor, 'é');
    type(actor, 'é');
    type(actor, 'é');
    expect(at(actor).context).toMatchObject({ missesHere: 3, weak: ['1'], newWeak: ['1'], level: 0 });
    type(actor, '123');
    type(actor, TEXTS.keypad, true);
    type(actor, TEXTS.phone);
    type(actor, TEXTS.date);
    type(actor, TAX_NUMBER);
    enter(actor);
    expect(at(actor).matches('revision')).toBe(true);
    type(actor, '11');
    expect(at(actor).status).toBe('done');
    expect(at(actor).output).toMatchObject({ weakKeys: ['1'], revisedKeys: ['1'] });
  });

  it('raises the level after each clean exercise, up to the top', () => {
    const actor = start();
    type(actor, '123');
    expect(at(actor).context.level).toBe(1);
    type(actor, TEXTS.keypad, true);
    type(actor, TEXTS.phone);
    type(actor, TEXTS.date);
    expect(at(actor).context.level).toBe(MAX_LEVEL);
  });

  it('accepts a right digit from the top row in the keypad step, with a word about the keypad', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    type(actor, '7');
    expect(at(actor).context).toMatchObject({ pos: 1, note: 'topRow', numLock: null });
    type(actor, '5', true);
    expect(at(actor).context).toMatchObject({ pos: 2, note: null, numLock: true });
  });

  it('knows Verr. Num only from what the keypad did, in the keypad step', () => {
    const actor = start();
    actor.send({ type: 'user.numLock', on: false });
    expect(at(actor).context.numLock).toBeNull();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.numLock', on: false });
    expect(at(actor).context.numLock).toBe(false);
    actor.send({ type: 'user.numLock', on: true });
    expect(at(actor).context.numLock).toBe(true);
  });

  it('after a check, keeps saying which digit is wrong until it is erased, even with digits missing', () => {
    const actor = start();
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    const wrong = `${TAX_NUMBER.slice(0, 6)}${TAX_NUMBER[6] === '9' ? '8' : '9'}${TAX_NUMBER.slice(7, 12)}`;
    type(actor, wrong);
    enter(actor);
    expect(taxCheck(at(actor).context.typed)).toEqual({ kind: 'different', count: 7 });
    for (let erase = 0; erase < 4; erase += 1) backspace(actor);
    expect(at(actor).context.note).toBe('checked');
    backspace(actor);
    expect(at(actor).context.typed).toHaveLength(7);
    expect(at(actor).context.note).toBe('checked');
    backspace(actor);
    expect(at(actor).context.typed).toBe(TAX_NUMBER.slice(0, 6));
    expect(at(actor).context.note).toBeNull();
  });

  it('checks the tax number on Entrée: missing digits, digits in excess, a wrong digit; Retour arrière corrects', () => {
    const actor = start();
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(at(actor).matches('taxNumber')).toBe(true);
    type(actor, TAX_NUMBER.slice(0, 11));
    enter(actor);
    expect(at(actor).context.note).toBe('checked');
    expect(taxCheck(at(actor).context.typed)).toEqual({ kind: 'missing', count: 2 });
    type(actor, TAX_NUMBER.slice(11) + '45');
    enter(actor);
    expect(taxCheck(at(actor).context.typed)).toEqual({ kind: 'extra', count: 2 });
    // A space is left out, and the field never holds more than TAX_MAX digits.
    type(actor, ' 9999');
    expect(at(actor).context.typed).toHaveLength(TAX_MAX);
    for (let erase = 0; erase < 5; erase += 1) backspace(actor);
    type(actor, '45');
    enter(actor);
    expect(taxCheck(at(actor).context.typed)).toEqual({ kind: 'different', count: 12 });
    backspace(actor);
    backspace(actor);
    type(actor, '23');
    enter(actor);
    expect(at(actor).status).toBe('done');
    // One exercise typed to the end, not clean: half the points.
    expect(at(actor).output).toMatchObject({ score: 50, attempts: 1 });
  });

  it('does not keep the tax number once its step is over', () => {
    const actor = start();
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    type(actor, '123');
    actor.send({ type: 'lesson.skip' });
    expect(at(actor).status).toBe('done');
    expect(at(actor).context.typed).toBe('');
  });

  it('keeps weak keys from earlier lessons that it can practise, at most three', () => {
    const actor = start({ weakKeys: ['ê', '/', '@', '0', '7', '9'] });
    expect(at(actor).context.weak).toEqual(['/', '0', '7']);
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    expect(at(actor).matches('revision')).toBe(true);
    type(actor, '//007');
    expect(at(actor).status).toBe('active');
    type(actor, '7');
    expect(at(actor).status).toBe('done');
    // Nothing was missed twice here: nothing new to keep, and the three revised can be forgotten.
    expect(at(actor).output).toMatchObject({ weakKeys: [], revisedKeys: ['/', '0', '7'], attempts: 1, score: 100 });
  });

  it('revises the remembered keys with those missed here, and keeps one missed twice again', () => {
    const actor = start({ weakKeys: ['/'] });
    type(actor, 'ééé123');
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(at(actor).context.weak).toEqual(['/', '1']);
    type(actor, '/::/11');
    expect(at(actor).output).toMatchObject({ weakKeys: ['1', '/'], revisedKeys: ['/', '1'] });
  });

  it('revises nothing when the revision is skipped, even near its end', () => {
    const actor = start({ weakKeys: ['/', '0'] });
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    type(actor, '//0');
    actor.send({ type: 'lesson.skip' });
    expect(at(actor).status).toBe('done');
    expect(at(actor).output).toMatchObject({ weakKeys: [], revisedKeys: [] });
  });

  it('starts at the level reached last time, short of the top, and gives it back', () => {
    expect(start({ level: 99 }).getSnapshot().context.level).toBe(MAX_LEVEL - 1);
    const actor = start({ level: 2 });
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    expect(at(actor).output).toEqual({ score: 0, attempts: 0, level: 2, weakKeys: [], revisedKeys: [] });
  });

  it('shows the hint after lesson.idle, until the step changes', () => {
    const actor = start();
    actor.send({ type: 'lesson.idle' });
    expect(at(actor).hasTag('hinted')).toBe(true);
    actor.send({ type: 'lesson.skip' });
    expect(at(actor).hasTag('hinted')).toBe(false);
  });
});
