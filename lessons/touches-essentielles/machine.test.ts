import { createActor } from 'xstate';
import { applyEdit, helpfulKey, moveCursor } from './editing';
import { EXERCISES, TOP_LEVEL, touchesMachine } from './machine';

const start = (level = 0) => createActor(touchesMachine, { input: { level } }).start();
const press = (actor: ReturnType<typeof start>, ...codes: string[]) => codes.forEach((code) => actor.send({ type: 'user.key', code }));
const skip = (actor: ReturnType<typeof start>, times: number) => {
  for (let step = 0; step < times; step += 1) actor.send({ type: 'lesson.skip' });
};
/** The three lists of « À vous », each put right at first try. */
const PRACTICE_KEYS = [['Space'], ['Enter'], ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'Delete']];

describe('editing', () => {
  it('edits and moves as a text box does', () => {
    expect(applyEdit('ab', 1, 'Space')).toBe('a b');
    expect(applyEdit('ab', 1, 'Enter')).toBe('a\nb');
    expect(applyEdit('ab', 0, 'Backspace')).toBe('ab');
    expect(applyEdit('abc', 1, 'Delete')).toBe('ac');
    const text = 'Bonjour Léa,\nÀ demain.';
    expect(moveCursor(text, 22, 'ArrowUp')).toBe(9);
    expect(moveCursor(text, 3, 'ArrowUp')).toBe(0);
    expect(moveCursor(text, 12, 'ArrowDown')).toBe(22);
    expect(moveCursor(text, 20, 'ArrowDown')).toBe(text.length);
    expect(moveCursor(text, 0, 'ArrowLeft')).toBe(0);
  });

  it('points to the key that helps: the fix here, else the arrow towards it', () => {
    const arrows = EXERCISES[3];
    expect(helpfulKey(arrows, 23)).toBe('ArrowUp');
    expect(helpfulKey(arrows, 9)).toBe('ArrowLeft');
    expect(helpfulKey(arrows, 4)).toBe('Delete');
    expect(helpfulKey(arrows, 0)).toBe('ArrowRight');
  });
});

describe('touches-essentielles', () => {
  it('takes only the taught key, and counts a miss kindly with help that grows', () => {
    const actor = start();
    press(actor, 'Enter');
    expect(actor.getSnapshot().matches('space')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tries: 1, feedback: 'wrongKey', exercise: 0 });
    press(actor, 'KeyQ', 'KeyQ');
    expect(actor.getSnapshot().context.tries).toBe(2);
    press(actor, 'Space');
    expect(actor.getSnapshot().matches('enter')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tries: 0, done: 1, feedback: 'done', exercise: 1, cursor: EXERCISES[1].cursor });
  });

  it('moves the cursor with the arrows, then erases with Suppr only at the right place', () => {
    const actor = start();
    press(actor, 'Space', 'Enter', 'Backspace');
    expect(actor.getSnapshot().matches('arrows')).toBe(true);
    press(actor, 'Delete');
    expect(actor.getSnapshot().context.feedback).toBe('useArrows');
    press(actor, 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
    expect(actor.getSnapshot().matches('arrows')).toBe(true);
    press(actor, 'ArrowLeft');
    expect(actor.getSnapshot().matches('delete')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ cursor: 4, feedback: 'placed', tries: 0 });
    press(actor, 'ArrowLeft', 'ArrowLeft', 'Delete');
    expect(actor.getSnapshot().context.feedback).toBe('wrongPlace');
    press(actor, 'ArrowRight', 'Delete');
    expect(actor.getSnapshot().matches('practice')).toBe(true);
  });

  it('accepts any key that puts a list right in « À vous »', () => {
    const actor = start();
    skip(actor, 5);
    press(actor, 'Space', 'Enter');
    // The extra l of « llait »: Retour arrière after it works as well as Suppr before it.
    press(actor, 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'Backspace');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({ attempts: 3, score: Math.round(300 / EXERCISES.length) });
  });

  it('gives less help next time after a lesson done alone, the last list at first try', () => {
    const actor = start(1);
    press(actor, 'Space', 'Enter', 'Backspace', 'ArrowUp', ...Array(6).fill('ArrowLeft'), 'Delete');
    PRACTICE_KEYS.forEach((keys) => press(actor, ...keys));
    expect(actor.getSnapshot().output).toEqual({ score: 100, attempts: EXERCISES.length, level: 2 });
  });

  it('keeps the level after a miss on the last list, and lowers it after a lesson mostly skipped', () => {
    const helped = start(2);
    press(helped, 'Space', 'Enter', 'Backspace', 'ArrowUp', ...Array(6).fill('ArrowLeft'), 'Delete');
    press(helped, 'Space', 'Enter', 'Enter', ...PRACTICE_KEYS[2]);
    expect(helped.getSnapshot().output).toMatchObject({ level: 2, score: 100 });

    const skipped = start(2);
    skip(skipped, 6);
    expect(skipped.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 1 });
  });

  it('puts the cursor in place for Suppr when the arrows are skipped', () => {
    const actor = start();
    skip(actor, 4);
    expect(actor.getSnapshot().matches('delete')).toBe(true);
    press(actor, 'Delete');
    expect(actor.getSnapshot().matches('practice')).toBe(true);
  });

  it('shows the hint after lesson.idle, and clamps the level it is given', () => {
    const actor = start(99);
    expect(actor.getSnapshot().context.level).toBe(TOP_LEVEL);
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    skip(actor, 1);
    expect(actor.getSnapshot().hasTag('hinted')).toBe(false);
  });
});
