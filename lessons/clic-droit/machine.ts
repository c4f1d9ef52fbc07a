import { assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** The photo's size (CSS px) by level, largest first. Never under 44 px (our floor); the smallest is 60. */
export const TARGET_SIZES = [176, 144, 112, 84, 60] as const;
/** How far from the middle of the frame the photo goes, by level (% of the frame): farther as it shrinks. */
export const SPREADS = [10, 18, 26, 34, 40] as const;
/** Rounds of « clic droit, puis Copier » in the practice series (the texts say « trois fois »). */
export const SERIES_LENGTH = 3;
/** The French menu of a file, as Windows shows it. */
export const MENU_ITEMS = ['Ouvrir', 'Couper', 'Copier', 'Coller', 'Renommer'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];
/** Counters are capped so the machine stays finite (xstate/graph walks every state). */
const MAX_COUNTED_MISSES = 9;
const MAX_HITS = 4 + SERIES_LENGTH;
const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), TARGET_SIZES.length - 1);

export type ClicDroitEvent =
  /** A right press and release on the photo (or a long press, or the context-menu key / Maj+F10). */
  | { type: 'user.rightClick' }
  /** A left click (or a short tap) on the photo while the menu is closed. */
  | { type: 'user.leftClick' }
  /** A right click in the frame but off the photo, while the menu is closed. */
  | { type: 'user.miss' }
  | { type: 'user.choose'; item: MenuItem }
  /** The menu closed without a choice: by Échap, or by leaving it — a press outside, or Tab (`touch`: a finger's press). */
  | { type: 'user.close'; by: 'escape' | 'outside'; touch: boolean }
  | RunnerEvent;

export type LastTry = 'miss' | 'grew' | 'leftButton' | 'wrongItem' | 'copied' | 'otherWay' | 'chose' | 'hit' | 'shrank';

export interface ClicDroitContext {
  level: number;
  menuOpen: boolean;
  /** Gestures that completed what was asked: each step, and each round of the series. */
  hits: number;
  misses: number;
  seriesHits: number;
  /** What the last try was, for the view's kind feedback (null: nothing to say). */
  lastTry: LastTry | null;
}

const isOpen = ({ context }: { context: ClicDroitContext }) => context.menuOpen;
const isClosed = ({ context }: { context: ClicDroitContext }) => !context.menuOpen;

export const clicDroitMachine = setup({
  types: {
    context: {} as ClicDroitContext,
    events: {} as ClicDroitEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isMenuOpen: isOpen,
    isMenuClosed: isClosed,
    isCopy: ({ context, event }) => context.menuOpen && event.type === 'user.choose' && event.item === 'Copier',
    // A touch screen has no Échap key: there, a finger outside the menu is the way to close it.
    isClosedWithEscape: ({ context, event }) =>
      context.menuOpen && event.type === 'user.close' && (event.by === 'escape' || event.touch),
    isClosedOutside: ({ context, event }) => context.menuOpen && event.type === 'user.close' && event.by === 'outside',
    completesSeries: ({ context, event }) =>
      context.menuOpen && event.type === 'user.choose' && event.item === 'Copier' && context.seriesHits + 1 >= SERIES_LENGTH,
  },
  actions: {
    openMenu: assign({ menuOpen: true, lastTry: null }),
    closeMenu: assign({ menuOpen: false }),
    forgetLastTry: assign({ lastTry: null }),
    recordHit: assign(({ context }) => ({ hits: Math.min(context.hits + 1, MAX_HITS) })),
    say: assign((_, lastTry: LastTry) => ({ lastTry })),
    recordMiss: assign(({ context }, lastTry: LastTry) => ({
      misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
      lastTry,
    })),
    // In the series, a second miss in a row makes the photo bigger again (and says so).
    recordSeriesMiss: assign(({ context }) => {
      const grows = context.lastTry === 'miss' && context.level > 0;
      return {
        misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
        lastTry: grows ? ('grew' as const) : ('miss' as const),
        level: grows ? context.level - 1 : context.level,
      };
    }),
    recordRound: assign(({ context }) => {
      const level = Math.min(context.level + 1, TARGET_SIZES.length - 1);
      return {
        menuOpen: false,
        hits: Math.min(context.hits + 1, MAX_HITS),
        seriesHits: Math.min(context.seriesHits + 1, SERIES_LENGTH),
        lastTry: level > context.level ? ('shrank' as const) : ('hit' as const),
        level,
      };
    }),
  },
}).createMachine({
  id: 'clic-droit',
  // The series starts at the size reached last time, but never the smallest: a warm-up.
  context: ({ input }) => ({
    level: Math.min(clampLevel(input?.level ?? 0), TARGET_SIZES.length - 2),
    menuOpen: false,
    hits: 0,
    misses: 0,
    seriesHits: 0,
    lastTry: null,
  }),
  initial: 'open',
  states: {
    open: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.open.text', hint: 'steps.open.hint' },
      on: {
        'user.rightClick': { target: 'copy', actions: ['openMenu', 'recordHit'] },
        'user.leftClick': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'leftButton' } },
        'user.miss': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'miss' } },
        // Step 2 speaks of an open menu: skipping here opens it.
        'lesson.skip': { target: 'copy', actions: 'openMenu' },
      },
      ...withHint(),
    },
    copy: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.copy.text', hint: 'steps.copy.hint' },
      on: {
        'user.choose': [
          { guard: 'isCopy', target: 'escape', actions: ['closeMenu', 'recordHit', { type: 'say', params: 'copied' }] },
          { guard: 'isMenuOpen', actions: { type: 'recordMiss', params: 'wrongItem' } },
        ],
        'user.close': { guard: 'isMenuOpen', actions: ['closeMenu', 'forgetLastTry'] },
        'user.rightClick': { actions: 'openMenu' },
        'user.leftClick': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'leftButton' } },
        'user.miss': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'miss' } },
        'lesson.skip': { target: 'escape', actions: ['closeMenu', 'forgetLastTry'] },
      },
      ...withHint(),
    },
    escape: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.escape.text', hint: 'steps.escape.hint' },
      on: {
        'user.close': [
          { guard: 'isClosedWithEscape', target: 'outside', actions: ['closeMenu', 'recordHit', 'forgetLastTry'] },
          { guard: 'isMenuOpen', actions: ['closeMenu', { type: 'say', params: 'otherWay' }] },
        ],
        'user.choose': { guard: 'isMenuOpen', actions: { type: 'recordMiss', params: 'chose' } },
        'user.rightClick': { actions: 'openMenu' },
        'user.leftClick': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'leftButton' } },
        'user.miss': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'miss' } },
        'lesson.skip': { target: 'outside', actions: ['closeMenu', 'forgetLastTry'] },
      },
      ...withHint(),
    },
    outside: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.outside.text', hint: 'steps.outside.hint' },
      on: {
        'user.close': [
          { guard: 'isClosedOutside', target: 'series', actions: ['closeMenu', 'recordHit', 'forgetLastTry'] },
          { guard: 'isMenuOpen', actions: ['closeMenu', { type: 'say', params: 'otherWay' }] },
        ],
        'user.choose': { guard: 'isMenuOpen', actions: { type: 'recordMiss', params: 'chose' } },
        'user.rightClick': { actions: 'openMenu' },
        'user.leftClick': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'leftButton' } },
        'user.miss': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'miss' } },
        'lesson.skip': { target: 'series', actions: ['closeMenu', 'forgetLastTry'] },
      },
      ...withHint(),
    },
    series: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.series.text', hint: 'steps.series.hint' },
      on: {
        'user.choose': [
          { guard: 'completesSeries', target: 'done', actions: 'recordRound' },
          { guard: 'isCopy', actions: 'recordRound' },
          { guard: 'isMenuOpen', actions: { type: 'recordMiss', params: 'wrongItem' } },
        ],
        'user.close': { guard: 'isMenuOpen', actions: ['closeMenu', 'forgetLastTry'] },
        'user.rightClick': { actions: 'openMenu' },
        // The left button is not a matter of aim: the photo keeps its size.
        'user.leftClick': { guard: 'isMenuClosed', actions: { type: 'recordMiss', params: 'leftButton' } },
        'user.miss': { guard: 'isMenuClosed', actions: 'recordSeriesMiss' },
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
