import { and, assign, setup } from 'xstate';
import { DOUBLE_CLICK_WINDOWS } from '../../src/kit/gestures';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** What lies on the little desktop: a folder and a text file, as on Windows. */
export const ITEMS = ['photos', 'lettre'] as const;
export type Item = (typeof ITEMS)[number];

/** Level 0 is the beginner's 1.2 s window, the last one what a normal computer expects (0.5 s). */
export const MAX_LEVEL = DOUBLE_CLICK_WINDOWS.length - 1;
/** Openings in the practice, the folder and the letter in turn. */
export const PRACTICE_LENGTH = 6;
/** Counters are capped so the machine stays finite (xstate/graph walks every state). */
const MAX_COUNTED_MISSES = 10;
const MAX_DOUBLES = PRACTICE_LENGTH + 2;

export type Slowness = 'aLittle' | 'aLot';

/** What the last try was, for the feedback line. `faster` / `eased`: the level just changed. */
export type LastTry =
  | { kind: 'opened'; faster: boolean }
  | { kind: 'key' }
  | { kind: 'tooSlow'; by: Slowness; eased: boolean }
  | { kind: 'moved'; eased: boolean }
  | { kind: 'wrongItem' };

export type DoubleClicEvent =
  /** One press on an item (or the space bar): it is selected, as a single click does on Windows. */
  | { type: 'user.select'; item: Item }
  /** Two presses on the item within the window the view was given for the current level. */
  | { type: 'user.doubleClick'; item: Item }
  /** Two presses, the second too late; `by` says whether a little or a lot. */
  | { type: 'user.tooSlow'; by: Slowness }
  /** Two presses in time, but the hand moved between them. */
  | { type: 'user.moved' }
  /** Entrée on the focused item: Windows opens it too, so it counts as opening. */
  | { type: 'user.open'; item: Item }
  | RunnerEvent;

export interface DoubleClicContext {
  level: number;
  practised: number;
  doubles: number;
  misses: number;
  lastTry: LastTry | null;
}

/**
 * Two double-clicks in a row raise the level, two misses in a row lower it. The last try is the
 * whole memory needed: a try that changed the level starts a new run, and Entrée, a wrong item or
 * a skipped step break the run. (Keeping no separate counter keeps the machine small to walk.)
 */
export function runOf(lastTry: LastTry | null): -1 | 0 | 1 {
  if (lastTry?.kind === 'opened') return lastTry.faster ? 0 : 1;
  if (lastTry?.kind === 'tooSlow' || lastTry?.kind === 'moved') return lastTry.eased ? 0 : -1;
  return 0;
}

/** The item the practice asks for: the folder, then the letter, and so on. */
export const practiceTarget = (practised: number): Item => ITEMS[practised % ITEMS.length];

const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), MAX_LEVEL);
const itemOf = (event: DoubleClicEvent) => ('item' in event ? event.item : null);

export const doubleClicMachine = setup({
  types: {
    context: {} as DoubleClicContext,
    events: {} as DoubleClicEvent,
    input: {} as LessonInput | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isOn: ({ event }, params: { item: Item }) => itemOf(event) === params.item,
    isOnPracticeTarget: ({ context, event }) => itemOf(event) === practiceTarget(context.practised),
    completesPractice: ({ context }) => context.practised + 1 >= PRACTICE_LENGTH,
  },
  actions: {
    recordDouble: assign(({ context }) => {
      const faster = runOf(context.lastTry) === 1 && context.level < MAX_LEVEL;
      return {
        doubles: Math.min(context.doubles + 1, MAX_DOUBLES),
        level: faster ? context.level + 1 : context.level,
        lastTry: { kind: 'opened' as const, faster },
      };
    }),
    recordMiss: assign(({ context, event }) => {
      const eased = runOf(context.lastTry) === -1 && context.level > 0;
      return {
        misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
        level: eased ? context.level - 1 : context.level,
        lastTry: event.type === 'user.tooSlow' ? { kind: 'tooSlow' as const, by: event.by, eased } : { kind: 'moved' as const, eased },
      };
    }),
    // Entrée opens like Windows does, but there is no gesture to measure: not a double-click, not a miss.
    recordKeyOpen: assign({ lastTry: { kind: 'key' } }),
    recordWrongItem: assign({ lastTry: { kind: 'wrongItem' } }),
    countPractice: assign(({ context }) => ({ practised: Math.min(context.practised + 1, PRACTICE_LENGTH) })),
    forgetLastTry: assign({ lastTry: null }),
  },
}).createMachine({
  id: 'double-clic',
  // Start at the window the learner reached last time (the runner gives it back as input).
  context: ({ input }) => ({
    level: clampLevel(input?.level ?? 0),
    practised: 0,
    doubles: 0,
    misses: 0,
    lastTry: null,
  }),
  initial: 'select',
  states: {
    select: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.select.text', hint: 'steps.select.hint' },
      on: {
        'user.select': [{ guard: { type: 'isOn', params: { item: 'photos' } }, target: 'openFolder' }, { actions: 'recordWrongItem' }],
        'user.open': [{ guard: { type: 'isOn', params: { item: 'photos' } }, target: 'openFolder' }, { actions: 'recordWrongItem' }],
        'lesson.skip': 'openFolder',
      },
      ...withHint(),
    },
    openFolder: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.openFolder.text', hint: 'steps.openFolder.hint' },
      entry: 'forgetLastTry',
      on: {
        'user.doubleClick': [
          { guard: { type: 'isOn', params: { item: 'photos' } }, target: 'openFile', actions: 'recordDouble' },
          { actions: 'recordWrongItem' },
        ],
        'user.open': [
          { guard: { type: 'isOn', params: { item: 'photos' } }, target: 'openFile', actions: 'recordKeyOpen' },
          { actions: 'recordWrongItem' },
        ],
        'user.tooSlow': { actions: 'recordMiss' },
        'user.moved': { actions: 'recordMiss' },
        'lesson.skip': { target: 'openFile', actions: 'forgetLastTry' },
      },
      ...withHint(),
    },
    openFile: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.openFile.text', hint: 'steps.openFile.hint' },
      on: {
        'user.doubleClick': [
          { guard: { type: 'isOn', params: { item: 'lettre' } }, target: 'practice', actions: 'recordDouble' },
          { actions: 'recordWrongItem' },
        ],
        'user.open': [
          { guard: { type: 'isOn', params: { item: 'lettre' } }, target: 'practice', actions: 'recordKeyOpen' },
          { actions: 'recordWrongItem' },
        ],
        'user.tooSlow': { actions: 'recordMiss' },
        'user.moved': { actions: 'recordMiss' },
        'lesson.skip': { target: 'practice', actions: 'forgetLastTry' },
      },
      ...withHint(),
    },
    practice: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.practice.text', hint: 'steps.practice.hint' },
      on: {
        'user.doubleClick': [
          { guard: and(['isOnPracticeTarget', 'completesPractice']), target: 'done', actions: ['recordDouble', 'countPractice'] },
          { guard: 'isOnPracticeTarget', actions: ['recordDouble', 'countPractice'] },
          { actions: 'recordWrongItem' },
        ],
        'user.open': [
          { guard: and(['isOnPracticeTarget', 'completesPractice']), target: 'done', actions: ['recordKeyOpen', 'countPractice'] },
          { guard: 'isOnPracticeTarget', actions: ['recordKeyOpen', 'countPractice'] },
          { actions: 'recordWrongItem' },
        ],
        'user.tooSlow': { actions: 'recordMiss' },
        'user.moved': { actions: 'recordMiss' },
        'lesson.skip': 'done',
      },
      ...withHint(),
    },
    done: {
      type: 'final',
      // Only what the output needs is kept, so that every way to the end meets in few states.
      entry: assign({ practised: 0, lastTry: null }),
    },
  },
  // Tries are double-click tries: what the lesson measures. Entrée and skipped steps are ways through.
  output: ({ context }) => {
    const attempts = context.doubles + context.misses;
    return { score: attempts === 0 ? 0 : Math.round((100 * context.doubles) / attempts), attempts, level: context.level };
  },
});
