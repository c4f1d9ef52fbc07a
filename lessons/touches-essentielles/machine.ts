import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import { EDIT_KEYS, fixes, isEditKey, isMoveKey, moveCursor, type Exercise } from './editing';

/** One text per exercise: the message so far, with one thing to put right. */
export const EXERCISES: readonly Exercise[] = [
  { text: 'BonjourLéa', cursor: 7, goal: 'Bonjour Léa', keys: ['Space'] },
  { text: 'Bonjour Léa,À demain.', cursor: 12, goal: 'Bonjour Léa,\nÀ demain.', keys: ['Enter'] },
  { text: 'Bonjour Léa,\nÀ demainn.', cursor: 22, goal: 'Bonjour Léa,\nÀ demain.', keys: ['Backspace'] },
  // The arrows take the cursor to the extra j; Suppr then erases it.
  { text: 'Bonjjour Léa,\nÀ demain.', cursor: 23, goal: 'Bonjour Léa,\nÀ demain.', keys: ['Delete'] },
  // « À vous »: a shopping list; any key that puts it right will do.
  { text: 'dupain', cursor: 2, goal: 'du pain', keys: EDIT_KEYS },
  { text: 'du paindu lait', cursor: 7, goal: 'du pain\ndu lait', keys: EDIT_KEYS },
  { text: 'du pain\ndu llait', cursor: 16, goal: 'du pain\ndu lait', keys: EDIT_KEYS },
];
export const ARROWS_EXERCISE = 3;
export const FIRST_PRACTICE = 4;
/** Level 0–1: the key to press is always shown on the keyboard; 2–3: only after a miss. */
export const TOP_LEVEL = 3;
export const SHOWS_KEY_BELOW_LEVEL = 2;
/** Misses on one exercise: the first shows the key, the second names the finger too. */
export const MAX_TRIES = 2;

export type TouchesEvent =
  /** A key pressed in the field, by its physical code (KeyboardEvent.code); Tab and shortcuts are not sent. */
  | { type: 'user.key'; code: string }
  | RunnerEvent;

/** What the view says under the field (keys of `feedback.*`). */
export type Feedback = 'done' | 'wrongKey' | 'wrongPlace' | 'useArrows' | 'placed';

export interface TouchesContext {
  exercise: number;
  cursor: number;
  tries: number;
  level: number;
  /** Exercises the learner put right (a skipped one is not); misses are not counted against anyone. */
  done: number;
  feedback: Feedback | null;
}

/** Where each exercise can be put right, computed once. */
const FIXES = EXERCISES.map(fixes);
const textOf = (context: TouchesContext) => EXERCISES[context.exercise]?.text ?? '';
const fixesOf = (context: TouchesContext) => FIXES[context.exercise] ?? [];
const codeOf = (event: TouchesEvent) => (event.type === 'user.key' ? event.code : '');
const startExercise = (exercise: number) => ({ exercise, cursor: EXERCISES[exercise]?.cursor ?? 0, tries: 0 });
const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), TOP_LEVEL);

export const touchesMachine = setup({
  types: {
    context: {} as TouchesContext,
    events: {} as TouchesEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isArrow: ({ event }) => isMoveKey(codeOf(event)),
    fixesText: ({ context, event }) => {
      const code = codeOf(event);
      return isEditKey(code) && fixesOf(context).some((place) => place.cursor === context.cursor && place.key === code);
    },
    isTaughtKey: ({ context, event }) => fixesOf(context).some((place) => place.key === codeOf(event)),
    reachesFixPlace: ({ context, event }) => {
      const code = codeOf(event);
      if (!isMoveKey(code)) return false;
      const cursor = moveCursor(textOf(context), context.cursor, code);
      return fixesOf(context).some((place) => place.cursor === cursor);
    },
    isLastExercise: ({ context }) => context.exercise + 1 >= EXERCISES.length,
  },
  actions: {
    moveCursor: assign(({ context, event }, feedback: 'placed' | null) => {
      const code = codeOf(event);
      return isMoveKey(code) ? { cursor: moveCursor(textOf(context), context.cursor, code), feedback } : {};
    }),
    recordDone: assign(({ context }) => ({
      ...startExercise(context.exercise + 1),
      done: Math.min(context.done + 1, EXERCISES.length),
      feedback: 'done' as const,
    })),
    recordMiss: assign(({ context }, feedback: Feedback) => ({ tries: Math.min(context.tries + 1, MAX_TRIES), feedback })),
    goTo: assign((_, exercise: number) => ({ ...startExercise(exercise), feedback: null })),
    // A learner who skips the arrows finds the cursor already in place for Suppr.
    placeCursor: assign(({ context }) => ({ cursor: fixesOf(context)[0].cursor, feedback: null })),
    // Next time: less help after a lesson done all alone with the last list put right at first try;
    // more help after a lesson mostly skipped.
    settleLevel: assign(({ context }) => {
      const alone = context.done + 1 >= EXERCISES.length && context.tries === 0;
      const mostlySkipped = context.done * 2 < EXERCISES.length;
      return { level: clampLevel(context.level + (alone ? 1 : mostlySkipped ? -1 : 0)) };
    }),
    // Only what the output needs, so that every way to the end is one of a few final states.
    tidy: assign({ exercise: 0, cursor: 0, tries: 0, feedback: null }),
  },
}).createMachine({
  id: 'touches-essentielles',
  context: ({ input }) => ({ ...startExercise(0), level: clampLevel(input?.level ?? 0), done: 0, feedback: null }),
  initial: 'space',
  states: {
    space: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.space.text', hint: 'steps.space.hint' },
      on: {
        'user.key': [{ guard: 'fixesText', target: 'enter', actions: 'recordDone' }, { actions: { type: 'recordMiss', params: 'wrongKey' } }],
        'lesson.skip': { target: 'enter', actions: { type: 'goTo', params: 1 } },
      },
      ...withHint(),
    },
    enter: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.enter.text', hint: 'steps.enter.hint' },
      on: {
        'user.key': [{ guard: 'fixesText', target: 'backspace', actions: 'recordDone' }, { actions: { type: 'recordMiss', params: 'wrongKey' } }],
        'lesson.skip': { target: 'backspace', actions: { type: 'goTo', params: 2 } },
      },
      ...withHint(),
    },
    backspace: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.backspace.text', hint: 'steps.backspace.hint' },
      on: {
        'user.key': [{ guard: 'fixesText', target: 'arrows', actions: 'recordDone' }, { actions: { type: 'recordMiss', params: 'wrongKey' } }],
        'lesson.skip': { target: 'arrows', actions: { type: 'goTo', params: ARROWS_EXERCISE } },
      },
      ...withHint(),
    },
    arrows: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.arrows.text', hint: 'steps.arrows.hint' },
      on: {
        'user.key': [
          { guard: 'reachesFixPlace', target: 'delete', actions: { type: 'moveCursor', params: 'placed' } },
          { guard: 'isArrow', actions: { type: 'moveCursor', params: null } },
          { actions: { type: 'recordMiss', params: 'useArrows' } },
        ],
        'lesson.skip': { target: 'delete', actions: 'placeCursor' },
      },
      ...withHint(),
    },
    delete: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.delete.text', hint: 'steps.delete.hint' },
      // A new key to learn: the help starts again from the beginning.
      entry: assign({ tries: 0 }),
      on: {
        'user.key': [
          { guard: 'fixesText', target: 'practice', actions: 'recordDone' },
          { guard: 'isArrow', actions: { type: 'moveCursor', params: null } },
          { guard: 'isTaughtKey', actions: { type: 'recordMiss', params: 'wrongPlace' } },
          { actions: { type: 'recordMiss', params: 'wrongKey' } },
        ],
        'lesson.skip': { target: 'practice', actions: { type: 'goTo', params: FIRST_PRACTICE } },
      },
      ...withHint(),
    },
    practice: {
      tags: ['step'],
      meta: { step: 6, text: 'steps.practice.text', hint: 'steps.practice.hint' },
      on: {
        'user.key': [
          { guard: and(['fixesText', 'isLastExercise']), target: 'done', actions: ['settleLevel', 'recordDone'] },
          { guard: 'fixesText', actions: 'recordDone' },
          { guard: 'isArrow', actions: { type: 'moveCursor', params: null } },
          { actions: { type: 'recordMiss', params: 'wrongKey' } },
        ],
        'lesson.skip': { target: 'done', actions: 'settleLevel' },
      },
      ...withHint(),
    },
    done: { type: 'final', entry: 'tidy' },
  },
  output: ({ context }) => ({
    score: Math.round((100 * context.done) / EXERCISES.length),
    attempts: context.done,
    level: context.level,
  }),
});
