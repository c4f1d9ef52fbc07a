import { createActor } from 'xstate';
import { MAX_COUNTED_MISSES, sourisEnPratiqueMachine, TOP_LEVEL, type SourisEnPratiqueEvent } from './machine';

const start = (level?: number) => createActor(sourisEnPratiqueMachine, { input: level === undefined ? undefined : { level } }).start();
const play = (events: SourisEnPratiqueEvent[], level?: number) => {
  const actor = start(level);
  events.forEach((event) => actor.send(event));
  return actor;
};
const PERFECT: SourisEnPratiqueEvent[] = [
  { type: 'user.doubleClick', via: 'pointer' },
  { type: 'user.drop', on: 'photos' },
  { type: 'user.contextMenu', on: 'lettre' },
  { type: 'user.menuPick', item: 'copier' },
  { type: 'user.scroll', found: true },
  { type: 'user.close' },
];

describe('souris-en-pratique', () => {
  it('goes through the six gestures in order and ends with a score, the tries and the level', () => {
    const actor = start();
    const seen = PERFECT.map((event) => {
      const before = actor.getSnapshot().value;
      actor.send(event);
      return before;
    });
    expect(seen.map((value) => Object.keys(value)[0])).toEqual(['open', 'drag', 'menu', 'copy', 'scroll', 'close']);
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 100, attempts: 6, level: 1 });
  });

  it('starts at the level reached last time, kept within the double-click windows', () => {
    expect(start().getSnapshot().context.level).toBe(0);
    expect(start(2).getSnapshot().context.level).toBe(2);
    expect(start(99).getSnapshot().context.level).toBe(TOP_LEVEL);
    expect(start(-4).getSnapshot().context.level).toBe(0);
    expect(play([{ type: 'user.doubleClick', via: 'pointer' }], TOP_LEVEL).getSnapshot().context.level).toBe(TOP_LEVEL);
  });

  it('widens the double-click window at once when it was too slow, and praises the faster try', () => {
    const actor = play([{ type: 'user.tooSlow', by: 'aLittle' }], 3);
    expect(actor.getSnapshot().context).toMatchObject({ level: 2, misses: 1, feedback: 'slowALittle' });
    actor.send({ type: 'user.tooSlow', by: 'aLot' });
    expect(actor.getSnapshot().context).toMatchObject({ level: 1, misses: 2, feedback: 'slowALot' });
    actor.send({ type: 'user.doubleClick', via: 'pointer' });
    // Not raised again after misses: the next lesson starts where this one succeeded.
    expect(actor.getSnapshot().context).toMatchObject({ level: 1, feedback: 'openedFaster' });
    expect(actor.getSnapshot().matches('drag')).toBe(true);
  });

  it('explains a hand that moved between the clicks, without changing the window', () => {
    const actor = play([{ type: 'user.tooFar' }, { type: 'user.doubleClick', via: 'pointer' }], 2);
    expect(actor.getSnapshot().context).toMatchObject({ level: 2, misses: 1, feedback: 'openedSteadier' });
  });

  it('does not raise the level when the folder is opened with Entrée', () => {
    expect(play([{ type: 'user.doubleClick', via: 'keyboard' }], 2).getSnapshot().context.level).toBe(2);
  });

  it('sends a photo dropped elsewhere back to its place, and names the better aim', () => {
    const actor = play([{ type: 'user.doubleClick', via: 'pointer' }, { type: 'user.drop', on: 'elsewhere' }]);
    expect(actor.getSnapshot().matches('drag')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, feedback: 'dropMissed' });
    actor.send({ type: 'user.drop', on: 'photos' });
    expect(actor.getSnapshot().matches('menu')).toBe(true);
    expect(actor.getSnapshot().context.feedback).toBe('droppedAtLast');
  });

  it('tells a left click and the wrong file from the right-click on Lettre.txt', () => {
    const actor = play([{ type: 'lesson.skip' }, { type: 'lesson.skip' }, { type: 'user.leftClick' }]);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, feedback: 'leftButton' });
    actor.send({ type: 'user.contextMenu', on: 'other' });
    expect(actor.getSnapshot().context).toMatchObject({ misses: 2, feedback: 'wrongFile' });
    expect(actor.getSnapshot().matches('menu')).toBe(true);
    actor.send({ type: 'user.contextMenu', on: 'lettre' });
    expect(actor.getSnapshot().matches('copy')).toBe(true);
    expect(actor.getSnapshot().context.feedback).toBe('rightButtonFound');
  });

  it('keeps the menu open on a wrong choice; Échap closes it and goes back to the right-click', () => {
    const actor = play([{ type: 'lesson.skip' }, { type: 'lesson.skip' }, { type: 'lesson.skip' }, { type: 'user.menuPick', item: 'renommer' }]);
    expect(actor.getSnapshot().matches('copy')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, feedback: 'wrongItem' });
    actor.send({ type: 'user.menuClose' });
    expect(actor.getSnapshot().matches('menu')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, feedback: 'menuClosed' });
    actor.send({ type: 'user.contextMenu', on: 'lettre' });
    actor.send({ type: 'user.menuPick', item: 'copier' });
    expect(actor.getSnapshot().matches('scroll')).toBe(true);
    expect(actor.getSnapshot().context.feedback).toBe('copied');
  });

  it('encourages scrolling until Facture.pdf shows, then asks to close the window', () => {
    const actor = play([1, 2, 3, 4].map(() => ({ type: 'lesson.skip' }) as const));
    actor.send({ type: 'user.scroll', found: false });
    expect(actor.getSnapshot().context.feedback).toBe('scrolling');
    expect(actor.getSnapshot().matches('scroll')).toBe(true);
    actor.send({ type: 'user.scroll', found: true });
    expect(actor.getSnapshot().matches('close')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ hits: 1, misses: 0, feedback: 'found' });
  });

  it('keeps the window open before the last step, kindly and without counting a miss', () => {
    const actor = play([{ type: 'user.doubleClick', via: 'pointer' }, { type: 'user.close' }]);
    expect(actor.getSnapshot().matches('drag')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 0, feedback: 'notYet' });
  });

  it('counts misses kindly, up to a cap', () => {
    const actor = play(Array.from({ length: 30 }, () => ({ type: 'user.tooFar' }) as const));
    expect(actor.getSnapshot().context.misses).toBe(MAX_COUNTED_MISSES);
    PERFECT.forEach((event) => actor.send(event));
    expect(actor.getSnapshot().output).toEqual({ score: 43, attempts: 6 + MAX_COUNTED_MISSES, level: 0 });
  });

  it('shows the hint after lesson.idle, and every step can be skipped, keeping the level', () => {
    const actor = start(3);
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    for (let step = 0; step < 6; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 3 });
  });
});
