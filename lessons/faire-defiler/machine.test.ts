import { createActor } from 'xstate';
import type { LessonInput } from '../../src/kit/lesson';
import { faireDefilerMachine, GOALS, MAX_LEVEL, TARGET_DEPTHS, type Means, type Position } from './machine';

const start = (level = 0) => createActor(faireDefilerMachine, { input: { level } }).start();
const scroll = (position: Position, by: Means = 'wheel') => ({ type: 'user.scroll' as const, position, by });

/** Through the first two steps: a little down, then the « Bravo » button found. */
function toUp(level = 0) {
  const actor = start(level);
  actor.send(scroll('middle'));
  actor.send({ type: 'user.found' });
  return actor;
}

describe('faire-defiler', () => {
  it('goes on as soon as the page leaves the top, whatever moved it', () => {
    for (const by of ['wheel', 'bar', 'keys', 'finger'] as const) {
      const actor = start();
      actor.send(scroll('top', by));
      expect(actor.getSnapshot().matches('wheel')).toBe(true);
      actor.send(scroll('middle', by));
      expect(actor.getSnapshot().matches('find')).toBe(true);
    }
  });

  it('hides the second button deeper when the first was found at the first go', () => {
    const actor = toUp(0);
    expect(actor.getSnapshot().context).toMatchObject({ level: 1, lastTry: 'foundFirstGo' });
    actor.send(scroll('top'));
    expect(actor.getSnapshot().matches('findAgain')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toBeNull();
    actor.send({ type: 'user.found' });
    expect(actor.getSnapshot().context.level).toBe(2);
    expect(TARGET_DEPTHS[2]).toBeGreaterThan(TARGET_DEPTHS[1]);
  });

  it('keeps the same depth after going past the button, and counts it once, kindly', () => {
    const actor = start();
    actor.send(scroll('middle'));
    actor.send(scroll('bottom'));
    actor.send(scroll('middle'));
    actor.send(scroll('bottom'));
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, overshot: true, lastTry: 'overshoot' });
    actor.send({ type: 'user.found' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 0, overshot: false, lastTry: 'found' });
  });

  it('only comes back up when the page reaches the top', () => {
    const actor = toUp();
    actor.send(scroll('middle'));
    actor.send(scroll('bottom'));
    expect(actor.getSnapshot().matches('up')).toBe(true);
    actor.send(scroll('top', 'keys'));
    expect(actor.getSnapshot().matches('findAgain')).toBe(true);
  });

  it('asks for the bar: the wheel is kindly refused, the bar, the keys and the finger count', () => {
    const actor = toUp();
    actor.send(scroll('top'));
    actor.send({ type: 'user.found' });
    expect(actor.getSnapshot().matches('barUp')).toBe(true);
    actor.send(scroll('top', 'wheel'));
    expect(actor.getSnapshot().matches('barUp')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, lastTry: 'wheel' });
    actor.send(scroll('top', 'bar'));
    expect(actor.getSnapshot().matches('barDown')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toBeNull();
    actor.send(scroll('bottom', 'wheel'));
    actor.send(scroll('middle', 'bar'));
    expect(actor.getSnapshot().matches('barDown')).toBe(true);
    actor.send(scroll('bottom', 'finger'));
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('ends with every goal reached: full score, the tries, and the level for next time', () => {
    const actor = toUp(1);
    actor.send(scroll('top'));
    actor.send({ type: 'user.found' });
    actor.send(scroll('top', 'bar'));
    actor.send(scroll('bottom', 'bar'));
    expect(actor.getSnapshot().output).toEqual({ score: 100, attempts: GOALS, level: 3 });
  });

  it('caps the misses, and each one weighs like one more goal', () => {
    const actor = toUp();
    actor.send(scroll('top'));
    actor.send({ type: 'user.found' });
    for (let tries = 0; tries < 10; tries += 1) {
      actor.send(scroll('middle', 'wheel'));
      actor.send(scroll('top', 'wheel'));
    }
    expect(actor.getSnapshot().context.misses).toBe(4);
    actor.send(scroll('top', 'bar'));
    actor.send(scroll('bottom', 'keys'));
    expect(actor.getSnapshot().output).toEqual({ score: 60, attempts: 10, level: 2 });
  });

  it('starts from the level reached last time, leaving room to grow', () => {
    expect(start(2).getSnapshot().context.level).toBe(2);
    expect(start(99).getSnapshot().context.level).toBe(MAX_LEVEL - 1);
    expect(start(-3).getSnapshot().context.level).toBe(0);
    // Progress saved before the lesson was adaptive has no level.
    expect(createActor(faireDefilerMachine, { input: {} as LessonInput }).start().getSnapshot().context.level).toBe(0);
  });

  it('shows the hint after lesson.idle and keeps it until the step changes', () => {
    const actor = start();
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    actor.send(scroll('top'));
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(false);
  });

  it('can be skipped to the end without a single gesture, keeping the level', () => {
    const actor = start(3);
    for (let step = 0; step < GOALS; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 3 });
  });

  it('forgets a search that was skipped', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    actor.send(scroll('bottom'));
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().context).toMatchObject({ overshot: false, lastTry: null, misses: 1 });
  });
});
