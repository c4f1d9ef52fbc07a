import { assign, setup } from 'xstate';
import { DOUBLE_CLICK_WINDOWS } from '../../src/kit/gestures';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** Levels are the kit's double-click windows, from the most generous (0) to a normal computer's. */
export const TOP_LEVEL = DOUBLE_CLICK_WINDOWS.length - 1;
/** Misses are capped so the machine stays finite (xstate/graph walks every state). */
export const MAX_COUNTED_MISSES = 8;
/** The steps, in order; each is one gesture on the practice desktop. */
export const STAGES = ['open', 'drag', 'menu', 'copy', 'scroll', 'close'] as const;
export type Stage = (typeof STAGES)[number];

export type MenuItem = 'ouvrir' | 'copier' | 'renommer';

export type SourisEnPratiqueEvent =
  /** `keyboard`: Entrée on the focused folder, which opens it on a real computer too. */
  | { type: 'user.doubleClick'; via: 'pointer' | 'keyboard' }
  | { type: 'user.tooSlow'; by: 'aLittle' | 'aLot' }
  | { type: 'user.tooFar' }
  | { type: 'user.drop'; on: 'photos' | 'elsewhere' }
  | { type: 'user.contextMenu'; on: 'lettre' | 'other' }
  | { type: 'user.leftClick' }
  | { type: 'user.menuPick'; item: MenuItem }
  | { type: 'user.menuClose' }
  | { type: 'user.scroll'; found: boolean }
  | { type: 'user.close' }
  | RunnerEvent;

/** What the view says under the desktop (keys of `feedback.*`): a miss explained, or what went well. */
export type Feedback =
  | 'slowALittle'
  | 'slowALot'
  | 'tooFar'
  | 'opened'
  | 'openedFaster'
  | 'openedSteadier'
  | 'dropMissed'
  | 'dropped'
  | 'droppedAtLast'
  | 'wrongFile'
  | 'leftButton'
  | 'rightButtonFound'
  | 'menuClosed'
  | 'wrongItem'
  | 'copied'
  | 'scrolling'
  | 'found'
  | 'notYet';

export interface SourisEnPratiqueContext {
  /** Index in DOUBLE_CLICK_WINDOWS; given back as `output.level` for next time. */
  level: number;
  /** Steps done by the learner's own gesture (a skipped step is not one). */
  hits: number;
  misses: number;
  feedback: Feedback | null;
}

const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), TOP_LEVEL);

/** A step done; if the last word was about a miss, the praise names what got better. */
const succeed = (context: SourisEnPratiqueContext, plain: Feedback | null, improved: Partial<Record<Feedback, Feedback>> = {}) => ({
  hits: Math.min(context.hits + 1, STAGES.length),
  feedback: (context.feedback && improved[context.feedback]) ?? plain,
});

const miss = (context: SourisEnPratiqueContext, feedback: Feedback) => ({
  misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
  feedback,
});

export const sourisEnPratiqueMachine = setup({
  types: {
    context: {} as SourisEnPratiqueContext,
    events: {} as SourisEnPratiqueEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isFirstDoubleClick: ({ context, event }) =>
      event.type === 'user.doubleClick' && event.via === 'pointer' && context.misses === 0,
    isOnPhotos: ({ event }) => event.type === 'user.drop' && event.on === 'photos',
    isOnLettre: ({ event }) => event.type === 'user.contextMenu' && event.on === 'lettre',
    isCopier: ({ event }) => event.type === 'user.menuPick' && event.item === 'copier',
    hasFound: ({ event }) => event.type === 'user.scroll' && event.found,
  },
  actions: {
    recordOpen: assign(({ context }) =>
      succeed(context, 'opened', { slowALittle: 'openedFaster', slowALot: 'openedFaster', tooFar: 'openedSteadier' }),
    ),
    // A double-click that works at once: next time the two clicks may be a little closer in time.
    raiseLevel: assign(({ context }) => ({ level: clampLevel(context.level + 1) })),
    // Too slow: the window widens right away, so that the next try can succeed.
    recordSlow: assign(({ context, event }) => ({
      ...miss(context, event.type === 'user.tooSlow' && event.by === 'aLot' ? 'slowALot' : 'slowALittle'),
      level: clampLevel(context.level - 1),
    })),
    recordTooFar: assign(({ context }) => miss(context, 'tooFar')),
    recordDrop: assign(({ context }) => succeed(context, 'dropped', { dropMissed: 'droppedAtLast' })),
    recordDropMissed: assign(({ context }) => miss(context, 'dropMissed')),
    // The open menu speaks for itself; only a better try after a miss is praised.
    recordMenuOpen: assign(({ context }) => succeed(context, null, { wrongFile: 'rightButtonFound', leftButton: 'rightButtonFound' })),
    recordWrongFile: assign(({ context }) => miss(context, 'wrongFile')),
    recordLeftButton: assign(({ context }) => miss(context, 'leftButton')),
    noteMenuClosed: assign({ feedback: 'menuClosed' }),
    recordCopy: assign(({ context }) => succeed(context, 'copied')),
    recordWrongItem: assign(({ context }) => miss(context, 'wrongItem')),
    noteScrolling: assign({ feedback: 'scrolling' }),
    recordFound: assign(({ context }) => succeed(context, 'found')),
    noteNotYet: assign({ feedback: 'notYet' }),
    // A skipped step leaves no word about it behind.
    forgetFeedback: assign({ feedback: null }),
    recordClose: assign(({ context }) => succeed(context, null)),
  },
}).createMachine({
  id: 'souris-en-pratique',
  context: ({ input }) => ({ level: clampLevel(input?.level ?? 0), hits: 0, misses: 0, feedback: null }),
  initial: 'open',
  states: {
    open: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.open.text', hint: 'steps.open.hint' },
      on: {
        'user.doubleClick': [
          { guard: 'isFirstDoubleClick', target: 'drag', actions: ['recordOpen', 'raiseLevel'] },
          { target: 'drag', actions: 'recordOpen' },
        ],
        'user.tooSlow': { actions: 'recordSlow' },
        'user.tooFar': { actions: 'recordTooFar' },
        'lesson.skip': { target: 'drag', actions: 'forgetFeedback' },
      },
      ...withHint(),
    },
    drag: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.drag.text', hint: 'steps.drag.hint' },
      on: {
        'user.drop': [{ guard: 'isOnPhotos', target: 'menu', actions: 'recordDrop' }, { actions: 'recordDropMissed' }],
        'user.close': { actions: 'noteNotYet' },
        'lesson.skip': { target: 'menu', actions: 'forgetFeedback' },
      },
      ...withHint(),
    },
    menu: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.menu.text', hint: 'steps.menu.hint' },
      on: {
        'user.contextMenu': [{ guard: 'isOnLettre', target: 'copy', actions: 'recordMenuOpen' }, { actions: 'recordWrongFile' }],
        'user.leftClick': { actions: 'recordLeftButton' },
        'user.close': { actions: 'noteNotYet' },
        'lesson.skip': { target: 'copy', actions: 'forgetFeedback' },
      },
      ...withHint(),
    },
    copy: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.copy.text', hint: 'steps.copy.hint' },
      on: {
        'user.menuPick': [{ guard: 'isCopier', target: 'scroll', actions: 'recordCopy' }, { actions: 'recordWrongItem' }],
        // Échap or a click beside the menu closes it, as on a real computer: back to the right-click.
        'user.menuClose': { target: 'menu', actions: 'noteMenuClosed' },
        'lesson.skip': { target: 'scroll', actions: 'forgetFeedback' },
      },
      ...withHint(),
    },
    scroll: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.scroll.text', hint: 'steps.scroll.hint' },
      on: {
        'user.scroll': [{ guard: 'hasFound', target: 'close', actions: 'recordFound' }, { actions: 'noteScrolling' }],
        'user.close': { actions: 'noteNotYet' },
        'lesson.skip': { target: 'close', actions: 'forgetFeedback' },
      },
      ...withHint(),
    },
    close: {
      tags: ['step'],
      meta: { step: 6, text: 'steps.close.text', hint: 'steps.close.hint' },
      on: {
        'user.close': { target: 'done', actions: 'recordClose' },
        'lesson.skip': { target: 'done', actions: 'forgetFeedback' },
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
