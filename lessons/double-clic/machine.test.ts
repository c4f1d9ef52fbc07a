import { createActor } from 'xstate';
import { doubleClicMachine, MAX_LEVEL, PRACTICE_LENGTH, practiceTarget } from './machine';

/** At the practice, with the folder and the letter opened by double-click (one level up already). */
const atPractice = (level = 0) => {
  const actor = createActor(doubleClicMachine, { input: { level } }).start();
  actor.send({ type: 'user.select', item: 'photos' });
  actor.send({ type: 'user.doubleClick', item: 'photos' });
  actor.send({ type: 'user.doubleClick', item: 'lettre' });
  return actor;
};
const openTarget = (actor: ReturnType<typeof atPractice>) =>
  actor.send({ type: 'user.doubleClick', item: practiceTarget(actor.getSnapshot().context.practised) });

describe('double-clic', () => {
  it('selects with one click and opens only with a double-click', () => {
    const actor = createActor(doubleClicMachine, { input: { level: 0 } }).start();
    actor.send({ type: 'user.select', item: 'lettre' });
    expect(actor.getSnapshot().matches('select')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toEqual({ kind: 'wrongItem' });
    actor.send({ type: 'user.select', item: 'photos' });
    expect(actor.getSnapshot().matches('openFolder')).toBe(true);
    actor.send({ type: 'user.select', item: 'photos' });
    expect(actor.getSnapshot().matches('openFolder')).toBe(true);
    actor.send({ type: 'user.doubleClick', item: 'lettre' });
    expect(actor.getSnapshot().matches('openFolder')).toBe(true);
    actor.send({ type: 'user.doubleClick', item: 'photos' });
    expect(actor.getSnapshot().matches('openFile')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toEqual({ kind: 'opened', faster: false });
  });

  it('starts at the level reached last time, within the known windows', () => {
    expect(createActor(doubleClicMachine, { input: { level: 3 } }).start().getSnapshot().context.level).toBe(3);
    expect(createActor(doubleClicMachine, { input: { level: 99 } }).start().getSnapshot().context.level).toBe(MAX_LEVEL);
    expect(createActor(doubleClicMachine, { input: { level: -2 } }).start().getSnapshot().context.level).toBe(0);
    expect(createActor(doubleClicMachine, { input: undefined }).start().getSnapshot().context.level).toBe(0);
  });

  it('goes one level up after two double-clicks in a row, and says so', () => {
    const actor = atPractice();
    expect(actor.getSnapshot().context.level).toBe(1);
    expect(actor.getSnapshot().context.lastTry).toEqual({ kind: 'opened', faster: true });
    openTarget(actor);
    expect(actor.getSnapshot().context.level).toBe(1);
    openTarget(actor);
    expect(actor.getSnapshot().context.level).toBe(2);
  });

  it('never goes above the last level', () => {
    const actor = atPractice(MAX_LEVEL);
    for (let opens = 1; opens < PRACTICE_LENGTH; opens += 1) openTarget(actor);
    expect(actor.getSnapshot().context.level).toBe(MAX_LEVEL);
    expect(actor.getSnapshot().context.lastTry).toEqual({ kind: 'opened', faster: false });
  });

  it('goes one level down after two misses in a row, never below 0, and tells how slow', () => {
    const actor = atPractice(2);
    actor.send({ type: 'user.tooSlow', by: 'aLittle' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 3, lastTry: { kind: 'tooSlow', by: 'aLittle', eased: false } });
    actor.send({ type: 'user.moved' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 2, lastTry: { kind: 'moved', eased: true } });
    actor.send({ type: 'user.tooSlow', by: 'aLot' });
    actor.send({ type: 'user.tooSlow', by: 'aLot' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 1, lastTry: { kind: 'tooSlow', by: 'aLot', eased: true } });
    for (let miss = 0; miss < 6; miss += 1) actor.send({ type: 'user.tooSlow', by: 'aLot' });
    expect(actor.getSnapshot().context.level).toBe(0);
  });

  it('needs two misses IN A ROW: a double-click between them starts over', () => {
    const actor = atPractice(2);
    openTarget(actor);
    actor.send({ type: 'user.tooSlow', by: 'aLittle' });
    openTarget(actor);
    actor.send({ type: 'user.tooSlow', by: 'aLittle' });
    expect(actor.getSnapshot().context.level).toBe(3);
  });

  it('opens with Entrée too, without changing the level or counting a double-click', () => {
    const actor = createActor(doubleClicMachine, { input: { level: 1 } }).start();
    actor.send({ type: 'user.open', item: 'photos' });
    expect(actor.getSnapshot().matches('openFolder')).toBe(true);
    actor.send({ type: 'user.open', item: 'photos' });
    actor.send({ type: 'user.open', item: 'lettre' });
    expect(actor.getSnapshot().matches('practice')).toBe(true);
    for (let opens = 0; opens < PRACTICE_LENGTH; opens += 1) {
      actor.send({ type: 'user.open', item: practiceTarget(actor.getSnapshot().context.practised) });
    }
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 1 });
  });

  it('asks for the folder and the letter in turn, and kindly ignores the other one', () => {
    const actor = atPractice();
    expect(practiceTarget(0)).toBe('photos');
    actor.send({ type: 'user.doubleClick', item: 'lettre' });
    expect(actor.getSnapshot().context).toMatchObject({ practised: 0, lastTry: { kind: 'wrongItem' } });
    actor.send({ type: 'user.doubleClick', item: 'photos' });
    expect(actor.getSnapshot().context.practised).toBe(1);
    expect(practiceTarget(1)).toBe('lettre');
  });

  it('ends with the level reached, the tries and a score that only counts double-clicks', () => {
    const actor = atPractice();
    actor.send({ type: 'user.tooSlow', by: 'aLittle' });
    actor.send({ type: 'user.moved' });
    for (let opens = 0; opens < PRACTICE_LENGTH; opens += 1) openTarget(actor);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    // 2 opening double-clicks + 6 in the practice, 2 misses (which took level 1 back to 0, then 3 ups).
    expect(snapshot.output).toEqual({ score: 80, attempts: 10, level: 3 });
  });

  it('caps its counters so the walk stays finite', () => {
    const actor = atPractice();
    for (let miss = 0; miss < 50; miss += 1) actor.send({ type: 'user.moved' });
    expect(actor.getSnapshot().context.misses).toBeLessThanOrEqual(10);
  });

  it('shows the hint after lesson.idle and can be skipped to the end without a click', () => {
    const actor = createActor(doubleClicMachine, { input: { level: 2 } }).start();
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    for (let step = 0; step < 4; step += 1) {
      expect(actor.getSnapshot().hasTag('step')).toBe(true);
      actor.send({ type: 'lesson.skip' });
    }
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 2 });
  });

  it('forgets the last try when a step is skipped', () => {
    const actor = createActor(doubleClicMachine, { input: { level: 0 } }).start();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.tooSlow', by: 'aLot' });
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().context.lastTry).toBeNull();
  });
});
