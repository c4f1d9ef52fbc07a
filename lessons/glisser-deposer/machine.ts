import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** Sizes of the thing to carry (its picture, CSS px) by level, largest first; never under 44 px. */
export const ITEM_SIZES = [120, 100, 84, 68, 56] as const;
/** Sizes of the places to drop it on, by level. */
export const ZONE_SIZES = [190, 166, 144, 124, 104] as const;
/** What the sorting step asks to put away, in order: photos go to the album, letters to the folder. */
export const SERIES = ['photo', 'letter', 'letter', 'photo', 'letter', 'photo'] as const;
/** Missed drops in a row after which things grow back. */
const MISSES_BEFORE_GROWING = 2;
/** Counters are capped so that xstate/graph can walk every state (and the end screen stays kind). */
const MAX_COUNTED_MISSES = 8;
const MAX_HITS = SERIES.length + 2;

export type Kind = (typeof SERIES)[number] | 'draft';
export type Zone = 'album' | 'folder' | 'bin';
export const ZONE_OF: Record<Kind, Zone> = { photo: 'album', letter: 'folder', draft: 'bin' };

export type GlisserDeposerEvent =
  /** A press on the thing became a drag (or the keyboard took it). */
  | { type: 'user.grab' }
  /** A press let go before moving: a click, not a drag. */
  | { type: 'user.releaseEarly' }
  /** The thing was let go on a place, or on no place at all (null: it glides back home). */
  | { type: 'user.drop'; zone: Zone | null }
  | RunnerEvent;

export interface GlisserDeposerContext {
  level: number;
  /** Things put away in the sorting step. */
  placed: number;
  hits: number;
  misses: number;
  missesInRow: number;
  /** What the last try did, for the view's kind words; `better` means things got smaller. */
  lastTry: 'placed' | 'better' | 'back' | 'wrong' | 'early' | null;
}

/** The kind of thing the sorting step shows now. */
export const sortingKind = (context: Pick<GlisserDeposerContext, 'placed'>): Kind => SERIES[Math.min(context.placed, SERIES.length - 1)];

const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), ITEM_SIZES.length - 1);
const dropsOn = (event: GlisserDeposerEvent, zone: Zone | null) => event.type === 'user.drop' && event.zone === zone;

export const glisserDeposerMachine = setup({
  types: {
    context: {} as GlisserDeposerContext,
    events: {} as GlisserDeposerEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isOnZone: ({ event }, params: { zone: Zone }) => dropsOn(event, params.zone),
    isNowhere: ({ event }) => dropsOn(event, null),
    isOnRightShelf: ({ context, event }) => dropsOn(event, ZONE_OF[sortingKind(context)]),
    isOnWrongShelf: ({ context, event }) =>
      event.type === 'user.drop' && (event.zone === 'album' || event.zone === 'folder') && event.zone !== ZONE_OF[sortingKind(context)],
    completesSeries: ({ context }) => context.placed + 1 >= SERIES.length,
  },
  actions: {
    recordHit: assign(({ context }) => ({ hits: Math.min(context.hits + 1, MAX_HITS), missesInRow: 0, lastTry: 'placed' as const })),
    recordPlaced: assign(({ context }) => {
      const level = Math.min(context.level + 1, ITEM_SIZES.length - 1);
      return {
        hits: Math.min(context.hits + 1, MAX_HITS),
        placed: Math.min(context.placed + 1, SERIES.length),
        missesInRow: 0,
        level,
        lastTry: level > context.level ? ('better' as const) : ('placed' as const),
      };
    }),
    recordMiss: assign(({ context }, params: { why: 'back' | 'wrong' }) => {
      const missesInRow = context.missesInRow + 1;
      const grows = missesInRow >= MISSES_BEFORE_GROWING;
      return {
        misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
        missesInRow: grows ? 0 : missesInRow,
        level: grows ? Math.max(context.level - 1, 0) : context.level,
        lastTry: params.why,
      };
    }),
    // Letting go too early is a try, kindly counted, but bigger things would not help it.
    recordEarly: assign(({ context }) => ({ misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES), lastTry: 'early' as const })),
    clearLastTry: assign({ lastTry: null }),
    // What a finished step leaves behind is forgotten, so the graph walk stays small.
    startStep: assign({ placed: 0, missesInRow: 0 }),
  },
}).createMachine({
  id: 'glisser-deposer',
  // Sorting starts at the size reached last time, but never the smallest: a warm-up.
  context: ({ input }) => ({
    level: Math.min(clampLevel(input?.level ?? 0), ITEM_SIZES.length - 2),
    placed: 0,
    hits: 0,
    misses: 0,
    missesInRow: 0,
    lastTry: null,
  }),
  initial: 'hold',
  states: {
    hold: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.hold.text', hint: 'steps.hold.hint' },
      on: {
        'user.grab': { target: 'carry', actions: 'clearLastTry' },
        'user.releaseEarly': { actions: 'recordEarly' },
        'lesson.skip': { target: 'carry', actions: 'clearLastTry' },
      },
      ...withHint(),
    },
    carry: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.carry.text', hint: 'steps.carry.hint' },
      on: {
        'user.drop': [
          { guard: { type: 'isOnZone', params: { zone: 'album' } }, target: 'sort', actions: 'recordHit' },
          { guard: 'isNowhere', actions: { type: 'recordMiss', params: { why: 'back' } } },
        ],
        'user.releaseEarly': { actions: 'recordEarly' },
        'lesson.skip': { target: 'sort', actions: 'clearLastTry' },
      },
      ...withHint(),
    },
    sort: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.sort.text', hint: 'steps.sort.hint' },
      on: {
        'user.drop': [
          { guard: and(['isOnRightShelf', 'completesSeries']), target: 'bin', actions: 'recordPlaced' },
          { guard: 'isOnRightShelf', actions: 'recordPlaced' },
          { guard: 'isOnWrongShelf', actions: { type: 'recordMiss', params: { why: 'wrong' } } },
          { guard: 'isNowhere', actions: { type: 'recordMiss', params: { why: 'back' } } },
        ],
        'user.releaseEarly': { actions: 'recordEarly' },
        'lesson.skip': { target: 'bin', actions: 'clearLastTry' },
      },
      ...withHint(),
    },
    bin: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.bin.text', hint: 'steps.bin.hint' },
      entry: 'startStep',
      on: {
        'user.drop': [
          { guard: { type: 'isOnZone', params: { zone: 'bin' } }, target: 'done', actions: 'recordHit' },
          { guard: 'isNowhere', actions: { type: 'recordMiss', params: { why: 'back' } } },
        ],
        'user.releaseEarly': { actions: 'recordEarly' },
        'lesson.skip': 'done',
      },
      ...withHint(),
    },
    done: {
      type: 'final',
      entry: ['startStep', 'clearLastTry'],
    },
  },
  output: ({ context }) => {
    const attempts = context.hits + context.misses;
    return { score: attempts === 0 ? 0 : Math.round((100 * context.hits) / attempts), attempts, level: context.level };
  },
});
