import { createActor } from 'xstate';
import { premiersClicsMachine, SERIES_LENGTH, TARGET_SIZES } from './machine';

const start = () => {
  const actor = createActor(premiersClicsMachine, { input: { level: 0 } }).start();
  actor.send({ type: 'user.move', distance: 10_000 });
  actor.send({ type: 'user.hover' });
  actor.send({ type: 'user.click' });
  return actor;
};

describe('premiers-clics', () => {
  it('waits for enough movement before going on', () => {
    const actor = createActor(premiersClicsMachine, { input: { level: 0 } }).start();
    actor.send({ type: 'user.move', distance: 100 });
    expect(actor.getSnapshot().matches('move')).toBe(true);
    actor.send({ type: 'user.move', distance: 700 });
    expect(actor.getSnapshot().matches('hover')).toBe(true);
  });

  it('shows the hint after lesson.idle and keeps it until the step changes', () => {
    const actor = createActor(premiersClicsMachine, { input: { level: 0 } }).start();
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(false);
  });

  it('shrinks the target with each success, never under 44 px', () => {
    const actor = start();
    expect(actor.getSnapshot().matches('series')).toBe(true);
    const sizes = [TARGET_SIZES[actor.getSnapshot().context.level]];
    for (let hit = 1; hit < SERIES_LENGTH; hit += 1) {
      actor.send({ type: 'user.click' });
      sizes.push(TARGET_SIZES[actor.getSnapshot().context.level]);
    }
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.min(...TARGET_SIZES)).toBeGreaterThanOrEqual(44);
    actor.send({ type: 'user.click' });
    expect(actor.getSnapshot().matches('finish')).toBe(true);
  });

  it('grows the target back after two misses in a row, and counts misses kindly', () => {
    const actor = start();
    actor.send({ type: 'user.click' });
    actor.send({ type: 'user.click' });
    const level = actor.getSnapshot().context.level;
    actor.send({ type: 'user.miss' });
    expect(actor.getSnapshot().context.level).toBe(level);
    actor.send({ type: 'user.miss' });
    expect(actor.getSnapshot().context.level).toBe(level - 1);
    expect(actor.getSnapshot().context.lastTry).toBe('miss');
    expect(actor.getSnapshot().matches('series')).toBe(true);
  });

  it('ends with a score and the number of tries', () => {
    const actor = start();
    actor.send({ type: 'user.miss' });
    for (let hit = 0; hit < SERIES_LENGTH; hit += 1) actor.send({ type: 'user.click' });
    actor.send({ type: 'user.click' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    // 1 first click + 6 in the series + « Terminer » = 8 hits, and 1 miss.
    expect(snapshot.output).toMatchObject({ score: 89, attempts: 9 });
  });

  it('starts the series at the level reached last time, short of the smallest, and gives it back', () => {
    const actor = createActor(premiersClicsMachine, { input: { level: 3 } }).start();
    expect(actor.getSnapshot().context.level).toBe(3);
    expect(createActor(premiersClicsMachine, { input: { level: 99 } }).start().getSnapshot().context.level).toBe(TARGET_SIZES.length - 2);
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().output).toMatchObject({ level: 3 });
  });

  it('can be skipped to the end without a single click', () => {
    const actor = createActor(premiersClicsMachine, { input: { level: 0 } }).start();
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 0 });
  });
});
