import { createActor } from 'xstate';
import { applyEdit, helpfulKey, moveCursor } from './editing';
import { EXERCISES, exerciseAt, MAX_REVISED, REVISION, revisionKeys, TOP_LEVEL, touchesMachine } from './machine';

const start = (level = 0, weakKeys?: string[]) => createActor(touchesMachine, { input: { level, weakKeys } }).start();
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
    expect(actor.getSnapshot().output).toEqual({ score: 100, attempts: EXERCISES.length, level: 2, weakKeys: [] });
  });

  it('keeps the level after a miss on the last list, and lowers it after a lesson mostly skipped', () => {
    const helped = start(2);
    press(helped, 'Space', 'Enter', 'Backspace', 'ArrowUp', ...Array(6).fill('ArrowLeft'), 'Delete');
    press(helped, 'Space', 'Enter', 'Enter', ...PRACTICE_KEYS[2]);
    expect(helped.getSnapshot().output).toMatchObject({ level: 2, score: 100 });

    const skipped = start(2);
    skip(skipped, 6);
    expect(skipped.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 1, weakKeys: [] });
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

describe('touches-essentielles: the closing revision', () => {
  /** The message the revision shows now. */
  const shown = (actor: ReturnType<typeof start>) => exerciseAt(actor.getSnapshot().context.exercise);

  it('practises again at the end a key missed twice in « À vous », and gives it back as weak', () => {
    const actor = start();
    skip(actor, 5);
    press(actor, 'KeyQ', 'Enter');
    expect(actor.getSnapshot().context.weak).toEqual(['Space']);
    press(actor, 'Space', ...PRACTICE_KEYS[1], ...PRACTICE_KEYS[2]);
    expect(actor.getSnapshot().matches('revision')).toBe(true);
    expect(actor.getSnapshot().getMeta()).toMatchObject({ 'touches-essentielles.revision': { step: 7, text: 'steps.revision.text' } });
    expect(shown(actor)).toBe(REVISION.Space);
    expect(actor.getSnapshot().context).toMatchObject({ cursor: REVISION.Space.cursor, tries: 0, feedback: 'done' });
    press(actor, 'Space');
    expect(actor.getSnapshot().status).toBe('done');
    // The revision is extra practice: it does not change the score (three lists of seven exercises).
    expect(actor.getSnapshot().output).toEqual({ score: 43, attempts: 3, level: 0, weakKeys: ['Space'], revisedKeys: ['Space'] });
  });

  it('makes weak the erasing key the learner was trying on the extra l, and counts misses in the revision too', () => {
    const actor = start();
    skip(actor, 5);
    press(actor, 'Space', 'Enter', 'Delete', 'Delete');
    expect(actor.getSnapshot().context.weak).toEqual(['Delete']);
    press(actor, ...PRACTICE_KEYS[2]);
    expect(shown(actor)).toBe(REVISION.Delete);
    // The cursor is already before the extra r: an arrow is a miss, and the help grows as anywhere.
    press(actor, 'ArrowLeft', 'Backspace');
    expect(actor.getSnapshot().context).toMatchObject({ tries: 2, feedback: 'wrongKey', cursor: REVISION.Delete.cursor });
    press(actor, 'Delete');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['Delete'], revisedKeys: ['Delete'] });
  });

  it('takes from earlier lessons only the keys it teaches: Backspace, not é', () => {
    const actor = start(0, ['é', 'Backspace']);
    skip(actor, 6);
    expect(actor.getSnapshot().matches('revision')).toBe(true);
    expect(shown(actor)).toBe(REVISION.Backspace);
    press(actor, 'Backspace');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: [], revisedKeys: ['Backspace'] });
  });

  it('revises at most three keys, the newest, one message each in the lesson order, and keeps those missed again', () => {
    const actor = start(0, ['é', 'Delete', 'Space', 'Enter', 'Backspace']);
    expect(revisionKeys(actor.getSnapshot().context)).toEqual(['Space', 'Enter', 'Delete']);
    expect(MAX_REVISED).toBe(3);
    skip(actor, 6);
    expect(shown(actor)).toBe(REVISION.Space);
    press(actor, 'Space');
    expect(shown(actor)).toBe(REVISION.Enter);
    expect(actor.getSnapshot().context.feedback).toBe('done');
    press(actor, 'KeyQ', 'KeyQ', 'Enter');
    expect(shown(actor)).toBe(REVISION.Delete);
    press(actor, 'Delete');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['Enter'], revisedKeys: ['Space', 'Enter', 'Delete'] });
  });

  it('gives no revised keys when the revision is skipped', () => {
    const actor = start(0, ['Delete']);
    skip(actor, 6);
    expect(actor.getSnapshot().matches('revision')).toBe(true);
    press(actor, 'KeyQ', 'KeyQ');
    skip(actor, 1);
    expect(actor.getSnapshot().status).toBe('done');
    const { output } = actor.getSnapshot();
    expect(output?.revisedKeys).toBeUndefined();
    expect(output?.weakKeys).toEqual(['Delete']);
  });

  it('ends after « À vous » when there is nothing to practise again', () => {
    const clean = start(0, ['é', 'A']);
    skip(clean, 5);
    PRACTICE_KEYS.forEach((keys) => press(clean, ...keys));
    expect(clean.getSnapshot().status).toBe('done');
    expect(clean.getSnapshot().output).toEqual({ score: 43, attempts: 3, level: 0, weakKeys: [] });

    // The guided steps introduce each key in colour: two misses there make no key weak.
    const guided = start();
    press(guided, 'Enter', 'KeyQ', 'Space');
    expect(guided.getSnapshot().context).toMatchObject({ tries: 0, weak: [] });
    skip(guided, 5);
    expect(guided.getSnapshot().status).toBe('done');
  });

  it('has revision messages that each one key puts right where the cursor is', () => {
    for (const [key, exercise] of Object.entries(REVISION)) {
      expect(exercise.keys, key).toEqual([key]);
      expect(applyEdit(exercise.text, exercise.cursor, exercise.keys[0]), key).toBe(exercise.goal);
    }
  });
});
