import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import { guidedTypingStep } from '../../src/kit/typingSteps';
import { revisedChars, textOf, weakFromInput, withWeak, type Step } from './drill';

/** Levels 0–3: help fades as the learner succeeds (see CaracteresEmailView: highlight, finger). */
export const MAX_LEVEL = 3;
/** Misses on one character after which it is a weak key (practised again at the end). */
export const MISSES_FOR_WEAK = 2;
/** Counters are capped so the machine stays finite (xstate/graph walks every state). */
const MAX_MISSES_HERE = 3;
const EXERCISES = 7;

export type CaracteresEmailEvent = { type: 'user.char'; char: string } | RunnerEvent;

export interface CaracteresEmailContext {
  /** Characters of the current text typed so far. */
  pos: number;
  /** Misses on the character expected now (the view then shows both keys, then the finger). */
  missesHere: number;
  /** No miss yet in the current step: finishing it so raises the level. */
  clean: boolean;
  level: number;
  /**
   * Signs to practise in the revision: from earlier lessons, then missed here (at most 3). Once
   * it is typed to its end, given back to be forgotten, unless missed twice here (output.revisedKeys).
   */
  weak: string[];
  /** Signs missed twice here: given back to be kept (output.weakKeys). */
  newWeak: string[];
  /**
   * The result counts exercises, not keys: each one typed to the end is a try, worth 2 points
   * when clean and 1 otherwise (counting keys would make the context too large to walk).
   */
  finished: number;
  points: number;
}

export const expectedChar = (step: Step, context: Pick<CaracteresEmailContext, 'pos' | 'weak'>): string | undefined =>
  textOf(step, context.weak)[context.pos];

const charOf = (event: CaracteresEmailEvent) => (event.type === 'user.char' ? event.char : '');

export const caracteresEmailMachine = setup({
  types: {
    context: {} as CaracteresEmailContext,
    events: {} as CaracteresEmailEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isExpectedChar: ({ context, event }, params: { step: Step }) => charOf(event) === expectedChar(params.step, context),
    finishesText: ({ context, event }, params: { step: Step }) =>
      charOf(event) === expectedChar(params.step, context) && context.pos + 1 >= textOf(params.step, context.weak).length,
    hasWeakKeys: ({ context }) => context.weak.length > 0,
  },
  actions: {
    startStep: assign({ pos: 0, missesHere: 0, clean: true }),
    acceptChar: assign(({ context }) => ({ pos: context.pos + 1, missesHere: 0 })),
    finishStep: assign(({ context }) => ({
      level: context.clean ? Math.min(context.level + 1, MAX_LEVEL) : context.level,
      finished: Math.min(context.finished + 1, EXERCISES),
      points: Math.min(context.points + (context.clean ? 2 : 1), 2 * EXERCISES),
    })),
    // Two misses on one character make it a weak key and bring help back; later misses on it are
    // not counted again: the lesson is teaching it by then.
    recordMiss: assign(({ context }, params: { step: Step }) => {
      const missesHere = Math.min(context.missesHere + 1, MAX_MISSES_HERE);
      const weakNow = missesHere === MISSES_FOR_WEAK && context.missesHere < MISSES_FOR_WEAK;
      const missed = weakNow ? expectedChar(params.step, context) : undefined;
      return {
        missesHere,
        clean: false,
        weak: withWeak(context.weak, missed),
        newWeak: withWeak(context.newWeak, missed),
        level: weakNow ? Math.max(context.level - 1, 0) : context.level,
      };
    }),
  },
}).createMachine({
  id: 'caracteres-email',
  // Help starts where the learner left it last time, but never fully faded: a warm-up.
  context: ({ input }) => ({
    pos: 0,
    missesHere: 0,
    clean: true,
    level: Math.min(Math.max(Math.round(input?.level ?? 0), 0), MAX_LEVEL - 1),
    weak: weakFromInput(input?.weakKeys),
    newWeak: [],
    finished: 0,
    points: 0,
  }),
  initial: 'at',
  states: {
    at: guidedTypingStep('at', 1, 'dot'),
    dot: guidedTypingStep('dot', 2, 'dash'),
    dash: guidedTypingStep('dash', 3, 'underscore'),
    underscore: guidedTypingStep('underscore', 4, 'address'),
    address: guidedTypingStep('address', 5, 'address2'),
    address2: {
      tags: ['step'],
      meta: { step: 6, text: 'steps.address2.text', hint: 'steps.address2.hint' },
      entry: 'startStep',
      on: {
        'user.char': [
          {
            guard: and([{ type: 'finishesText', params: { step: 'address2' as const } }, 'hasWeakKeys']),
            target: 'revision',
            actions: ['acceptChar', 'finishStep'],
          },
          { guard: { type: 'finishesText', params: { step: 'address2' } }, target: 'done', actions: ['acceptChar', 'finishStep'] },
          { guard: { type: 'isExpectedChar', params: { step: 'address2' } }, actions: 'acceptChar' },
          { actions: { type: 'recordMiss', params: { step: 'address2' } } },
        ],
        'lesson.skip': [{ guard: 'hasWeakKeys', target: 'revision' }, { target: 'done' }],
      },
      ...withHint(),
    },
    revision: guidedTypingStep('revision', 7, 'done', { optional: true }),
    done: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    score: context.finished === 0 ? 0 : Math.round((100 * context.points) / (2 * context.finished)),
    attempts: context.finished,
    level: context.level,
    weakKeys: context.newWeak,
    revisedKeys: revisedChars(context),
  }),
});
