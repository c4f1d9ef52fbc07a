import { assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** Pointer travel (CSS px) that shows the learner the arrow follows the hand. */
export const MOVE_DISTANCE = 600;
/** Target sizes by level, largest first. Never under 44 px (our floor); the smallest is 56. */
export const TARGET_SIZES = [200, 160, 120, 88, 56] as const;
/** Targets to hit in the series. */
export const SERIES_LENGTH = 6;
/** Misses in a row after which the target grows back. */
const MISSES_BEFORE_GROWING = 2;
/** Counters are capped so the machine stays finite (xstate/graph walks every state). */
const MAX_COUNTED_MISSES = 20;

export type PremiersClicsEvent =
  | { type: 'user.move'; distance: number }
  | { type: 'user.hover' }
  | { type: 'user.click' }
  | { type: 'user.miss' }
  | RunnerEvent;

export interface PremiersClicsContext {
  /** Targets hit in the whole lesson (the first click, the series, « Terminer »). */
  hits: number;
  /** Targets hit in the series; the series ends at SERIES_LENGTH. */
  seriesHits: number;
  level: number;
  missesInRow: number;
  misses: number;
  lastTry: 'hit' | 'miss' | null;
}

const MAX_HITS = SERIES_LENGTH + 2;

const countHit = (context: PremiersClicsContext) => ({
  hits: Math.min(context.hits + 1, MAX_HITS),
  lastTry: 'hit' as const,
  missesInRow: 0,
});

export const premiersClicsMachine = setup({
  types: {
    context: {} as PremiersClicsContext,
    events: {} as PremiersClicsEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    hasMovedEnough: ({ event }) => event.type === 'user.move' && event.distance >= MOVE_DISTANCE,
    completesSeries: ({ context }) => context.seriesHits + 1 >= SERIES_LENGTH,
  },
  actions: {
    recordHit: assign(({ context }) => countHit(context)),
    recordSeriesHit: assign(({ context }) => ({
      ...countHit(context),
      seriesHits: Math.min(context.seriesHits + 1, SERIES_LENGTH),
      level: Math.min(context.level + 1, TARGET_SIZES.length - 1),
    })),
    recordMiss: assign(({ context }) => {
      const missesInRow = context.missesInRow + 1;
      const grows = missesInRow >= MISSES_BEFORE_GROWING;
      return {
        misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
        lastTry: 'miss' as const,
        missesInRow: grows ? 0 : missesInRow,
        level: grows ? Math.max(context.level - 1, 0) : context.level,
      };
    }),
    clearLastTry: assign({ lastTry: null }),
  },
}).createMachine({
  id: 'premiers-clics',
  // The series starts at the size the learner reached last time (never the smallest: a warm-up).
  context: ({ input }) => ({
    hits: 0,
    seriesHits: 0,
    level: Math.min(Math.max(Math.round(input?.level ?? 0), 0), TARGET_SIZES.length - 2),
    missesInRow: 0,
    misses: 0,
    lastTry: null,
  }),
  initial: 'move',
  states: {
    move: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.move.text', hint: 'steps.move.hint' },
      on: {
        'user.move': { guard: 'hasMovedEnough', target: 'hover' },
        'lesson.skip': 'hover',
      },
      ...withHint(),
    },
    hover: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.hover.text', hint: 'steps.hover.hint' },
      on: { 'user.hover': 'click', 'lesson.skip': 'click' },
      ...withHint(),
    },
    click: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.click.text', hint: 'steps.click.hint' },
      on: {
        'user.click': { target: 'series', actions: 'recordHit' },
        'user.miss': { actions: 'recordMiss' },
        'lesson.skip': 'series',
      },
      ...withHint(),
    },
    series: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.series.text', hint: 'steps.series.hint' },
      entry: 'clearLastTry',
      on: {
        'user.click': [
          { guard: 'completesSeries', target: 'finish', actions: 'recordSeriesHit' },
          { actions: 'recordSeriesHit' },
        ],
        'user.miss': { actions: 'recordMiss' },
        'lesson.skip': 'finish',
      },
      ...withHint(),
    },
    finish: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.finish.text', hint: 'steps.finish.hint' },
      entry: 'clearLastTry',
      on: {
        'user.click': { target: 'done', actions: 'recordHit' },
        'user.miss': { actions: 'recordMiss' },
        'lesson.skip': 'done',
      },
      ...withHint(),
    },
    done: {
      type: 'final',
    },
  },
  output: ({ context }) => {
    const attempts = context.hits + context.misses;
    return { score: attempts === 0 ? 0 : Math.round((100 * context.hits) / attempts), attempts, level: context.level };
  },
});
