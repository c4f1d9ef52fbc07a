import { createActor } from 'xstate';
import { glisserDeposerMachine, ITEM_SIZES, SERIES, ZONE_OF, ZONE_SIZES } from './machine';

const rightZone = (placed: number) => ZONE_OF[SERIES[placed]];
const wrongZone = (placed: number) => (rightZone(placed) === 'album' ? 'folder' : 'album');

const start = (level = 0) => createActor(glisserDeposerMachine, { input: { level } }).start();

/** Straight to the sorting step, the album reached on the first try. */
const sorting = (level = 0) => {
  const actor = start(level);
  actor.send({ type: 'user.grab' });
  actor.send({ type: 'user.drop', zone: 'album' });
  return actor;
};

describe('glisser-deposer', () => {
  it('moves on once a press becomes a drag, not on a click', () => {
    const actor = start();
    actor.send({ type: 'user.releaseEarly' });
    expect(actor.getSnapshot().matches('hold')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toBe('early');
    actor.send({ type: 'user.grab' });
    expect(actor.getSnapshot().matches('carry')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toBeNull();
  });

  it('sends a photo let go away from the album back home, kindly counted', () => {
    const actor = start();
    actor.send({ type: 'user.grab' });
    actor.send({ type: 'user.drop', zone: null });
    expect(actor.getSnapshot().matches('carry')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ lastTry: 'back', misses: 1 });
    actor.send({ type: 'user.drop', zone: 'album' });
    expect(actor.getSnapshot().matches('sort')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toBe('placed');
  });

  it('shows the hint after lesson.idle and keeps it until the step changes', () => {
    const actor = start();
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(false);
  });

  it('shrinks things with each one put away, never under 44 px, and says so', () => {
    const actor = sorting();
    const sizes = [ITEM_SIZES[actor.getSnapshot().context.level]];
    for (let placed = 0; placed < SERIES.length - 1; placed += 1) {
      actor.send({ type: 'user.drop', zone: rightZone(placed) });
      sizes.push(ITEM_SIZES[actor.getSnapshot().context.level]);
    }
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.at(-1)).toBeLessThan(sizes[0]);
    expect(Math.min(...ITEM_SIZES, ...ZONE_SIZES)).toBeGreaterThanOrEqual(44);
    expect(actor.getSnapshot().context.lastTry).toBe('placed');
    actor.send({ type: 'user.drop', zone: rightZone(SERIES.length - 1) });
    expect(actor.getSnapshot().matches('bin')).toBe(true);
  });

  it('names the improvement only when things got smaller', () => {
    const actor = sorting();
    actor.send({ type: 'user.drop', zone: rightZone(0) });
    expect(actor.getSnapshot().context.lastTry).toBe('better');
  });

  it('keeps a thing put in the wrong place, and grows things back after two missed drops in a row', () => {
    const actor = sorting();
    actor.send({ type: 'user.drop', zone: rightZone(0) });
    actor.send({ type: 'user.drop', zone: rightZone(1) });
    const { level, placed } = actor.getSnapshot().context;
    actor.send({ type: 'user.drop', zone: wrongZone(placed) });
    expect(actor.getSnapshot().context).toMatchObject({ level, placed, lastTry: 'wrong' });
    actor.send({ type: 'user.drop', zone: null });
    expect(actor.getSnapshot().context).toMatchObject({ level: level - 1, placed, lastTry: 'back' });
  });

  it('does not grow things back for a release that was too early', () => {
    const actor = sorting();
    actor.send({ type: 'user.drop', zone: rightZone(0) });
    const { level } = actor.getSnapshot().context;
    actor.send({ type: 'user.releaseEarly' });
    actor.send({ type: 'user.releaseEarly' });
    actor.send({ type: 'user.releaseEarly' });
    expect(actor.getSnapshot().context.level).toBe(level);
  });

  it('ignores places that the current step does not show', () => {
    const actor = start();
    actor.send({ type: 'user.grab' });
    actor.send({ type: 'user.drop', zone: 'bin' });
    expect(actor.getSnapshot().matches('carry')).toBe(true);
    expect(actor.getSnapshot().context.misses).toBe(0);
  });

  it('starts where the learner got to last time, but never at the smallest size', () => {
    expect(start(2).getSnapshot().context.level).toBe(2);
    expect(start(99).getSnapshot().context.level).toBe(ITEM_SIZES.length - 2);
    expect(start(-3).getSnapshot().context.level).toBe(0);
  });

  it('caps the misses it counts', () => {
    const actor = sorting();
    for (let miss = 0; miss < 30; miss += 1) actor.send({ type: 'user.drop', zone: null });
    expect(actor.getSnapshot().context.misses).toBeLessThanOrEqual(8);
    expect(actor.getSnapshot().context.level).toBe(0);
  });

  it('ends with a score, the number of tries and the level reached', () => {
    const actor = sorting();
    actor.send({ type: 'user.drop', zone: null });
    for (let placed = 0; placed < SERIES.length; placed += 1) actor.send({ type: 'user.drop', zone: rightZone(placed) });
    actor.send({ type: 'user.drop', zone: 'bin' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    // The album, 6 things put away and the bin = 8 drops that landed, and 1 that came back.
    expect(snapshot.output).toEqual({ score: 89, attempts: 9, level: ITEM_SIZES.length - 1 });
  });

  it('can be skipped to the end without a single drag', () => {
    const actor = start(1);
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 1 });
  });
});
