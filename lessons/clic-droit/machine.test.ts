import { createActor } from 'xstate';
import { clicDroitMachine, SERIES_LENGTH, TARGET_SIZES, type ClicDroitEvent } from './machine';

const ESCAPE: ClicDroitEvent = { type: 'user.close', by: 'escape', touch: false };
const OUTSIDE: ClicDroitEvent = { type: 'user.close', by: 'outside', touch: false };
const FINGER: ClicDroitEvent = { type: 'user.close', by: 'outside', touch: true };
const COPY: ClicDroitEvent = { type: 'user.choose', item: 'Copier' };

const start = (level?: number) => createActor(clicDroitMachine, { input: level === undefined ? undefined : { level } }).start();

/** Plays the four teaching steps perfectly: the actor is then at the series. */
function toSeries(level?: number) {
  const actor = start(level);
  for (const event of [{ type: 'user.rightClick' }, COPY, { type: 'user.rightClick' }, ESCAPE, { type: 'user.rightClick' }, OUTSIDE] as const) {
    actor.send(event);
  }
  expect(actor.getSnapshot().matches('series')).toBe(true);
  return actor;
}

describe('clic-droit', () => {
  it('opens the menu with a right click, and only « Copier » goes on', () => {
    const actor = start();
    actor.send({ type: 'user.rightClick' });
    expect(actor.getSnapshot().matches('copy')).toBe(true);
    expect(actor.getSnapshot().context.menuOpen).toBe(true);
    actor.send({ type: 'user.choose', item: 'Renommer' });
    expect(actor.getSnapshot().matches('copy')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ lastTry: 'wrongItem', misses: 1, menuOpen: true });
    actor.send(COPY);
    expect(actor.getSnapshot().matches('escape')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ lastTry: 'copied', menuOpen: false });
  });

  it('names the left button kindly, and never moves on with it', () => {
    const actor = start();
    actor.send({ type: 'user.leftClick' });
    expect(actor.getSnapshot().matches('open')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ lastTry: 'leftButton', misses: 1 });
  });

  it('lets the learner close the menu and open it again before choosing', () => {
    const actor = start();
    actor.send({ type: 'user.rightClick' });
    actor.send(OUTSIDE);
    expect(actor.getSnapshot().context.menuOpen).toBe(false);
    actor.send({ type: 'user.rightClick' });
    actor.send(COPY);
    expect(actor.getSnapshot().matches('escape')).toBe(true);
  });

  it('asks for Échap, then for a click elsewhere, and says so kindly when the other way was used', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.rightClick' });
    actor.send(OUTSIDE);
    expect(actor.getSnapshot().matches('escape')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ lastTry: 'otherWay', misses: 0, menuOpen: false });
    actor.send(ESCAPE);
    expect(actor.getSnapshot().matches('escape')).toBe(true);
    actor.send({ type: 'user.rightClick' });
    actor.send({ type: 'user.choose', item: 'Ouvrir' });
    expect(actor.getSnapshot().context.lastTry).toBe('chose');
    actor.send(ESCAPE);
    expect(actor.getSnapshot().matches('outside')).toBe(true);
    actor.send({ type: 'user.rightClick' });
    actor.send(ESCAPE);
    expect(actor.getSnapshot().matches('outside')).toBe(true);
    expect(actor.getSnapshot().context.lastTry).toBe('otherWay');
    actor.send({ type: 'user.rightClick' });
    actor.send(OUTSIDE);
    expect(actor.getSnapshot().matches('series')).toBe(true);
  });

  it('accepts a finger outside the menu for Échap: a touch screen has no Échap key', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.rightClick' });
    actor.send(FINGER);
    expect(actor.getSnapshot().matches('outside')).toBe(true);
  });

  it('ignores facts that cannot happen: no close or choice without an open menu', () => {
    const actor = start();
    actor.send(ESCAPE);
    actor.send(COPY);
    expect(actor.getSnapshot().matches('open')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ hits: 0, misses: 0 });
  });

  it('shrinks the photo with each round, never under 44 px, and grows it back after two misses in a row', () => {
    const actor = toSeries();
    const sizes = [TARGET_SIZES[actor.getSnapshot().context.level]];
    actor.send({ type: 'user.rightClick' });
    actor.send(COPY);
    sizes.push(TARGET_SIZES[actor.getSnapshot().context.level]);
    expect(actor.getSnapshot().context.lastTry).toBe('shrank');
    expect(sizes[1]).toBeLessThan(sizes[0]);
    expect(Math.min(...TARGET_SIZES)).toBeGreaterThanOrEqual(44);

    actor.send({ type: 'user.miss' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 1, lastTry: 'miss' });
    actor.send({ type: 'user.miss' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 0, lastTry: 'grew' });
    actor.send({ type: 'user.miss' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 0, lastTry: 'miss' });
  });

  it('keeps the size on a left click: the button, not the aim, was the trouble', () => {
    const actor = toSeries(2);
    actor.send({ type: 'user.leftClick' });
    actor.send({ type: 'user.leftClick' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 2, lastTry: 'leftButton' });
  });

  it('starts the series at the level reached last time, but never at the smallest size', () => {
    expect(start(2).getSnapshot().context.level).toBe(2);
    expect(start(99).getSnapshot().context.level).toBe(TARGET_SIZES.length - 2);
    expect(start(-3).getSnapshot().context.level).toBe(0);
    expect(start().getSnapshot().context.level).toBe(0);
  });

  it('ends after the series with a score, the tries and the level reached', () => {
    const actor = toSeries(3);
    actor.send({ type: 'user.miss' });
    for (let round = 0; round < SERIES_LENGTH; round += 1) {
      actor.send({ type: 'user.rightClick' });
      actor.send(COPY);
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    // 4 teaching steps + 3 rounds = 7 hits, and 1 miss; the level went up to the smallest photo.
    expect(snapshot.output).toEqual({ score: 88, attempts: 8, level: TARGET_SIZES.length - 1 });
  });

  it('caps its counters, so that the graph of states stays finite', () => {
    const actor = start();
    for (let miss = 0; miss < 50; miss += 1) actor.send({ type: 'user.miss' });
    expect(actor.getSnapshot().context.misses).toBeLessThan(50);
  });

  it('shows the hint after lesson.idle, and can be skipped to the end without a single click', () => {
    const actor = start(1);
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 1 });
  });
});
