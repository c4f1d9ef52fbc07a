import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import { EDIT_KEYS, fixes, isEditKey, isMoveKey, moveCursor, type EditKey, type Exercise } from './editing';

/**
 * An exercise, and for those done without the key shown first (« À vous », the revision) the keys
 * it checks. Two misses there make a key weak, to practise at the end and in later lessons: the
 * first of them, or the one the learner was trying when it is another of them. The guided steps
 * introduce each key in colour and make none weak: « À vous » checks every one of them again.
 * (Weak keys carried through the arrows and Suppr steps would also make the graph walk of the
 * generated tests five times larger: some 45 000 states instead of 10 000.)
 */
export interface LessonExercise extends Exercise {
  checks?: readonly EditKey[];
}

/** One text per exercise: the message so far, with one thing to put right. */
export const EXERCISES: readonly LessonExercise[] = [
  { text: 'BonjourLéa', cursor: 7, goal: 'Bonjour Léa', keys: ['Space'] },
  { text: 'Bonjour Léa,À demain.', cursor: 12, goal: 'Bonjour Léa,\nÀ demain.', keys: ['Enter'] },
  { text: 'Bonjour Léa,\nÀ demainn.', cursor: 22, goal: 'Bonjour Léa,\nÀ demain.', keys: ['Backspace'] },
  // The arrows take the cursor to the extra j; Suppr then erases it.
  { text: 'Bonjjour Léa,\nÀ demain.', cursor: 23, goal: 'Bonjour Léa,\nÀ demain.', keys: ['Delete'] },
  // « À vous »: a shopping list; any key that puts it right will do. The lists check, in turn, the
  // missing space, the missing line, and the extra l: Retour arrière, the key the drawing leads to
  // from the end of the line (three ←, then Retour arrière), or Suppr for a learner trying Suppr.
  { text: 'dupain', cursor: 2, goal: 'du pain', keys: EDIT_KEYS, checks: ['Space'] },
  { text: 'du paindu lait', cursor: 7, goal: 'du pain\ndu lait', keys: EDIT_KEYS, checks: ['Enter'] },
  { text: 'du pain\ndu llait', cursor: 16, goal: 'du pain\ndu lait', keys: EDIT_KEYS, checks: ['Backspace', 'Delete'] },
];

/**
 * The closing revision: one short message per weak key, put right with that key alone, the cursor
 * already in place (just after the extra letter for Retour arrière, just before it for Suppr).
 */
export const REVISION: Readonly<Record<EditKey, LessonExercise>> = {
  Space: { text: 'Àbientôt', cursor: 1, goal: 'À bientôt', keys: ['Space'], checks: ['Space'] },
  Enter: { text: 'Bonjour Nadia,Merci !', cursor: 14, goal: 'Bonjour Nadia,\nMerci !', keys: ['Enter'], checks: ['Enter'] },
  Backspace: { text: 'À ce soirr', cursor: 10, goal: 'À ce soir', keys: ['Backspace'], checks: ['Backspace'] },
  Delete: { text: 'Bonne soirrée', cursor: 9, goal: 'Bonne soirée', keys: ['Delete'], checks: ['Delete'] },
};
/** Weak keys one revision practises, at most: a short ending. */
export const MAX_REVISED = 3;

/** The lesson's exercises, then the revision's in the keys' order: `context.exercise` indexes this list. */
const ALL_EXERCISES: readonly LessonExercise[] = [...EXERCISES, ...EDIT_KEYS.map((key) => REVISION[key])];
const revisionIndex = (key: EditKey) => EXERCISES.length + EDIT_KEYS.indexOf(key);
/** The exercise `context.exercise` names, a revision one included. */
export const exerciseAt = (index: number): LessonExercise => ALL_EXERCISES[index] ?? EXERCISES[EXERCISES.length - 1];
/** The key a revision exercise practises (undefined for the lesson's own exercises). */
export const revisionKeyAt = (index: number): EditKey | undefined => EDIT_KEYS[index - EXERCISES.length];
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
  /** Keys missed twice here (see LessonExercise.checks), in the lesson's order: a set, so the context stays few-valued. */
  weak: EditKey[];
  /** Weak keys from earlier lessons that this lesson practises, in the lesson's order, at most MAX_REVISED. */
  review: EditKey[];
  /** The revision's keys once it was done to its end (not skipped). */
  revised: EditKey[];
}

/** Where each exercise can be put right, computed once. */
const FIXES = ALL_EXERCISES.map(fixes);
const textOf = (context: TouchesContext) => ALL_EXERCISES[context.exercise]?.text ?? '';
const fixesOf = (context: TouchesContext) => FIXES[context.exercise] ?? [];
const codeOf = (event: TouchesEvent) => (event.type === 'user.key' ? event.code : '');
const startExercise = (exercise: number) => ({ exercise, cursor: ALL_EXERCISES[exercise]?.cursor ?? 0, tries: 0 });
const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), TOP_LEVEL);
/** A set of keys kept as a list in the lesson's order, so that one set is always one value. */
const inLessonOrder = (keys: readonly string[]): EditKey[] => EDIT_KEYS.filter((key) => keys.includes(key));

/**
 * The weak keys from earlier lessons that this lesson can practise: only the four editing keys
 * (characters such as « é » are other lessons' business), the newest MAX_REVISED of them.
 */
export const reviewFromInput = (weakKeys: readonly string[] | undefined): EditKey[] =>
  inLessonOrder([...new Set(weakKeys ?? [])].filter(isEditKey).slice(0, MAX_REVISED));

/** What the revision practises: the keys missed here first, then the earlier ones, in the lesson's order. */
export const revisionKeys = (context: Pick<TouchesContext, 'weak' | 'review'>): EditKey[] =>
  inLessonOrder([...new Set([...context.weak, ...context.review])].slice(0, MAX_REVISED));

/** The revision's key after the current one, if any. */
const nextRevisionKey = (context: TouchesContext): EditKey | undefined => {
  const keys = revisionKeys(context);
  return keys[keys.indexOf(revisionKeyAt(context.exercise)!) + 1];
};

/** The key two misses on this exercise make weak, if it checks any. */
function missedKey(exercise: LessonExercise, pressed: string): EditKey | undefined {
  const checks = exercise.checks ?? [];
  return checks.find((key) => key === pressed) ?? checks[0];
}

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
    hasWeakKeys: ({ context }) => revisionKeys(context).length > 0,
    isLastRevision: ({ context }) => nextRevisionKey(context) === undefined,
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
    // The second miss on an exercise that checks a key makes that key weak; later ones add nothing.
    recordMiss: assign(({ context, event }, feedback: Feedback) => {
      const tries = Math.min(context.tries + 1, MAX_TRIES);
      const missed = context.tries + 1 === MAX_TRIES ? missedKey(exerciseAt(context.exercise), codeOf(event)) : undefined;
      return { tries, feedback, weak: missed ? inLessonOrder([...context.weak, missed]) : context.weak };
    }),
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
    // The revision's first message; « Bravo » stays on screen after a list put right, not an old miss.
    startRevision: assign(({ context }) => ({
      ...startExercise(revisionIndex(revisionKeys(context)[0])),
      feedback: context.feedback === 'done' ? ('done' as const) : null,
    })),
    nextRevision: assign(({ context }) => ({ ...startExercise(revisionIndex(nextRevisionKey(context)!)), feedback: 'done' as const })),
    finishRevision: assign(({ context }) => ({ revised: revisionKeys(context) })),
    // Only what the output needs, so that every way to the end is one of a few final states.
    tidy: assign({ exercise: 0, cursor: 0, tries: 0, feedback: null, review: [] }),
  },
}).createMachine({
  id: 'touches-essentielles',
  context: ({ input }) => ({
    ...startExercise(0),
    level: clampLevel(input?.level ?? 0),
    done: 0,
    feedback: null,
    weak: [],
    review: reviewFromInput(input?.weakKeys),
    revised: [],
  }),
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
      // The revision comes only when there is something to practise again.
      on: {
        'user.key': [
          {
            guard: and(['fixesText', 'isLastExercise', 'hasWeakKeys']),
            target: 'revision',
            actions: ['settleLevel', 'recordDone', 'startRevision'],
          },
          { guard: and(['fixesText', 'isLastExercise']), target: 'done', actions: ['settleLevel', 'recordDone'] },
          { guard: 'fixesText', actions: 'recordDone' },
          { guard: 'isArrow', actions: { type: 'moveCursor', params: null } },
          { actions: { type: 'recordMiss', params: 'wrongKey' } },
        ],
        'lesson.skip': [
          { guard: 'hasWeakKeys', target: 'revision', actions: ['settleLevel', 'startRevision'] },
          { target: 'done', actions: 'settleLevel' },
        ],
      },
      ...withHint(),
    },
    // One short message per weak key; it does not count in the score, a miss can still make a key weak.
    revision: {
      tags: ['step'],
      meta: { step: 7, text: 'steps.revision.text', hint: 'steps.revision.hint', optional: true },
      on: {
        'user.key': [
          { guard: and(['fixesText', 'isLastRevision']), target: 'done', actions: 'finishRevision' },
          { guard: 'fixesText', actions: 'nextRevision' },
          // The cursor is already in place: an arrow is a miss like any other key (it would only take it away).
          { actions: { type: 'recordMiss', params: 'wrongKey' } },
        ],
        'lesson.skip': 'done',
      },
      ...withHint(),
    },
    done: { type: 'final', entry: 'tidy' },
  },
  output: ({ context }) => ({
    score: Math.round((100 * context.done) / EXERCISES.length),
    attempts: context.done,
    level: context.level,
    weakKeys: context.weak,
    ...(context.revised.length > 0 ? { revisedKeys: context.revised } : {}),
  }),
});
