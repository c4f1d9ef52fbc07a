import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** How many entries of the practice page come before the « Bravo » button, by level: deeper and deeper. */
export const TARGET_DEPTHS = [6, 9, 12, 15, 18] as const;
export const MAX_LEVEL = TARGET_DEPTHS.length - 1;
/** What the learner can do by their own hands: one goal per step. */
export const GOALS = 6;
/** Counters are capped so the machine stays finite (xstate/graph walks every state). */
const MAX_COUNTED_MISSES = 4;

/** Where the practice page is: at its top, somewhere in between, or at its bottom. */
export type Position = 'top' | 'middle' | 'bottom';
/** What moved it, as the view saw it. */
export type Means = 'wheel' | 'bar' | 'keys' | 'finger';

export type FaireDefilerEvent =
  | { type: 'user.scroll'; position: Position; by: Means }
  | { type: 'user.found' }
  | RunnerEvent;

export interface FaireDefilerContext {
  /** Index in TARGET_DEPTHS: where the « Bravo » button hides. */
  level: number;
  /** Goals reached by the learner (not skipped). */
  hits: number;
  /** Kindly counted: scrolling past the button to the very bottom, the wheel when the bar was asked. */
  misses: number;
  /** Went past the button in this search: finding it then does not send the next one deeper. */
  overshot: boolean;
  /** What the view says under the page. */
  lastTry: 'found' | 'foundFirstGo' | 'overshoot' | 'wheel' | null;
}

const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), MAX_LEVEL);

export const faireDefilerMachine = setup({
  types: {
    context: {} as FaireDefilerContext,
    events: {} as FaireDefilerEvent,
    input: {} as LessonInput,
    output: {} as LessonOutput,
  },
  guards: {
    hasLeftTheTop: ({ event }) => event.type === 'user.scroll' && event.position !== 'top',
    isAtTop: ({ event }) => event.type === 'user.scroll' && event.position === 'top',
    isAtBottom: ({ event }) => event.type === 'user.scroll' && event.position === 'bottom',
    isFirstOvershoot: ({ context, event }) => event.type === 'user.scroll' && event.position === 'bottom' && !context.overshot,
    isByWheel: ({ event }) => event.type === 'user.scroll' && event.by === 'wheel',
  },
  actions: {
    recordHit: assign(({ context }) => ({ hits: Math.min(context.hits + 1, GOALS) })),
    recordFind: assign(({ context }) => ({
      hits: Math.min(context.hits + 1, GOALS),
      // Found without going past it: the next one hides deeper.
      level: context.overshot ? context.level : Math.min(context.level + 1, MAX_LEVEL),
      lastTry: context.overshot ? ('found' as const) : ('foundFirstGo' as const),
      overshot: false,
    })),
    recordOvershoot: assign(({ context }) => ({
      misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
      overshot: true,
      lastTry: 'overshoot' as const,
    })),
    recordWheel: assign(({ context }) => ({
      misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
      lastTry: 'wheel' as const,
    })),
    forgetSearch: assign({ overshot: false, lastTry: null }),
    clearLastTry: assign({ lastTry: null }),
  },
}).createMachine({
  id: 'faire-defiler',
  // Start where the learner got to last time, one level short of the deepest so there is room to grow.
  context: ({ input }) => ({
    level: Math.min(clampLevel(input?.level ?? 0), MAX_LEVEL - 1),
    hits: 0,
    misses: 0,
    overshot: false,
    lastTry: null,
  }),
  initial: 'wheel',
  states: {
    wheel: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.wheel.text', hint: 'steps.wheel.hint' },
      on: {
        'user.scroll': { guard: 'hasLeftTheTop', target: 'find', actions: 'recordHit' },
        'lesson.skip': 'find',
      },
      ...withHint(),
    },
    find: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.find.text', hint: 'steps.find.hint' },
      on: {
        'user.found': { target: 'up', actions: 'recordFind' },
        'user.scroll': { guard: 'isFirstOvershoot', actions: 'recordOvershoot' },
        'lesson.skip': { target: 'up', actions: 'forgetSearch' },
      },
      ...withHint(),
    },
    up: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.up.text', hint: 'steps.up.hint' },
      on: {
        'user.scroll': { guard: 'isAtTop', target: 'findAgain', actions: 'recordHit' },
        'lesson.skip': 'findAgain',
      },
      ...withHint(),
    },
    findAgain: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.findAgain.text', hint: 'steps.findAgain.hint' },
      entry: 'clearLastTry',
      on: {
        'user.found': { target: 'barUp', actions: 'recordFind' },
        'user.scroll': { guard: 'isFirstOvershoot', actions: 'recordOvershoot' },
        'lesson.skip': { target: 'barUp', actions: 'forgetSearch' },
      },
      ...withHint(),
    },
    // With the scroll bar: the wheel works too, but this step is about the bar, so it is kindly refused.
    barUp: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.barUp.text', hint: 'steps.barUp.hint' },
      on: {
        'user.scroll': [
          { guard: and(['isAtTop', 'isByWheel']), actions: 'recordWheel' },
          { guard: 'isAtTop', target: 'barDown', actions: 'recordHit' },
        ],
        'lesson.skip': 'barDown',
      },
      ...withHint(),
    },
    barDown: {
      tags: ['step'],
      meta: { step: 6, text: 'steps.barDown.text', hint: 'steps.barDown.hint' },
      entry: 'clearLastTry',
      on: {
        'user.scroll': [
          { guard: and(['isAtBottom', 'isByWheel']), actions: 'recordWheel' },
          { guard: 'isAtBottom', target: 'done', actions: 'recordHit' },
        ],
        'lesson.skip': 'done',
      },
      ...withHint(),
    },
    done: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    // Skipped goals count as not reached; each miss weighs like one more goal, never below 0.
    score: Math.round((100 * context.hits) / (GOALS + context.misses)),
    attempts: context.hits + context.misses,
    level: context.level,
  }),
});
