import { and, assign, or, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import { guidedTypingStep } from '../../src/kit/typingSteps';
import { isDigit, TAX_MAX, TAX_NUMBER, revisedChars, taxCheck, textOf, weakFromInput, withWeak, type GuidedStep } from './drill';

/** Levels 0–3: help fades as the learner succeeds (see ChiffresView: highlight, finger). */
export const MAX_LEVEL = 3;
/** Misses on one character after which it is a weak key (practised again at the end). */
export const MISSES_FOR_WEAK = 2;
/** Counters are capped so the machine stays finite (xstate/graph walks every state). */
const MAX_MISSES_HERE = 3;
const EXERCISES = 6;

export type ChiffresStep = GuidedStep | 'taxNumber';

export type ChiffresEvent =
  /** A character entered the field; `keypad` when it came from the numeric keypad. */
  | { type: 'user.char'; char: string; keypad: boolean }
  | { type: 'user.key'; code: 'Backspace' | 'Enter' }
  /** What the keyboard showed of Verr. Num (a keypad key that moved the cursor means it is off). */
  | { type: 'user.numLock'; on: boolean }
  | RunnerEvent;

/** A word the view adds: a right digit typed on the top row in the keypad step; a tax check that failed. */
export type Note = 'topRow' | 'checked' | null;

export interface ChiffresContext {
  /** Characters of the current guided text typed so far. */
  pos: number;
  /** The tax number field (digits only, at most TAX_MAX). */
  typed: string;
  /** Misses on the character expected now (the view then shows both keys, then the finger). */
  missesHere: number;
  /** No miss yet in the current step: finishing it so raises the level. */
  clean: boolean;
  level: number;
  /**
   * Characters to practise in the revision: from earlier lessons, then missed here (at most 3). Once
   * it is typed to its end, given back to be forgotten, unless missed twice here (output.revisedKeys).
   */
  weak: string[];
  /** Characters missed twice here: given back to be kept (output.weakKeys). */
  newWeak: string[];
  /**
   * The result counts exercises, not keys: each one typed to the end is a try, worth 2 points
   * when clean and 1 otherwise. (Counting keys would make the context too large for the graph
   * walk, and « 87 essais » means little to a learner.)
   */
  finished: number;
  points: number;
  note: Note;
  /** Known only in the keypad step, from what the keypad typed. */
  numLock: boolean | null;
}

type Char = Extract<ChiffresEvent, { type: 'user.char' }>;

/** The character the step waits for now (undefined once the tax field holds a wrong digit). */
export function expectedChar(step: ChiffresStep, context: Pick<ChiffresContext, 'pos' | 'typed' | 'weak'>): string | undefined {
  if (step !== 'taxNumber') return textOf(step, context.weak)[context.pos];
  return TAX_NUMBER.startsWith(context.typed) ? TAX_NUMBER[context.typed.length] : undefined;
}

const charOf = (event: ChiffresEvent) => (event.type === 'user.char' ? event.char : '');

export const chiffresMachine = setup({
  types: {
    context: {} as ChiffresContext,
    events: {} as ChiffresEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isExpectedChar: ({ context, event }, params: { step: GuidedStep }) => charOf(event) === expectedChar(params.step, context),
    finishesText: ({ context, event }, params: { step: GuidedStep }) =>
      charOf(event) === expectedChar(params.step, context) && context.pos + 1 >= textOf(params.step, context.weak).length,
    isSpace: ({ event }) => charOf(event) === ' ',
    isDigit: ({ event }) => isDigit(charOf(event)),
    hasRoom: ({ context }) => context.typed.length < TAX_MAX,
    isBackspace: ({ event }) => event.type === 'user.key' && event.code === 'Backspace',
    isEnter: ({ event }) => event.type === 'user.key' && event.code === 'Enter',
    isTaxNumberRight: ({ context }) => context.typed === TAX_NUMBER,
    hasWeakKeys: ({ context }) => context.weak.length > 0,
  },
  actions: {
    startStep: assign({ pos: 0, missesHere: 0, clean: true, note: null, numLock: null }),
    acceptChar: assign(({ context }) => ({ pos: context.pos + 1, missesHere: 0, note: null })),
    finishStep: assign(({ context }) => ({
      level: context.clean ? Math.min(context.level + 1, MAX_LEVEL) : context.level,
      finished: Math.min(context.finished + 1, EXERCISES),
      points: Math.min(context.points + (context.clean ? 2 : 1), 2 * EXERCISES),
    })),
    // Two misses on one character make it a weak key and bring help back; later misses on it are
    // not counted again: the lesson is teaching it by then.
    recordMiss: assign(({ context }, params: { step: ChiffresStep }) => {
      const missesHere = Math.min(context.missesHere + 1, MAX_MISSES_HERE);
      const weakNow = missesHere === MISSES_FOR_WEAK && context.missesHere < MISSES_FOR_WEAK;
      const missed = weakNow ? expectedChar(params.step, context) : undefined;
      return {
        missesHere,
        clean: false,
        note: null,
        weak: withWeak(context.weak, missed),
        newWeak: withWeak(context.newWeak, missed),
        level: weakNow ? Math.max(context.level - 1, 0) : context.level,
      };
    }),
    // The keypad step teaches the keypad; a right digit from the top row still counts, with a word.
    noteKeypad: assign(({ context, event }) => {
      const { keypad } = event as Char;
      return { numLock: keypad ? true : context.numLock, note: keypad || context.missesHere > 0 ? null : ('topRow' as const) };
    }),
    setNumLock: assign({ numLock: ({ event }) => (event.type === 'user.numLock' ? event.on : null) }),
    addDigit: assign(({ context, event }) => ({ typed: context.typed + charOf(event), missesHere: 0, note: null })),
    // After a check, what it found (a wrong digit, digits in excess) stays said until it is erased.
    eraseDigit: assign(({ context }) => {
      const typed = context.typed.slice(0, -1);
      const stillWrong = context.note === 'checked' && ['different', 'extra'].includes(taxCheck(typed).kind);
      return { typed, missesHere: 0, note: stillWrong ? context.note : null };
    }),
    recordCheck: assign({ clean: false, note: 'checked' }),
    // The fictional number is not kept once its step is over.
    clearTyped: assign({ typed: '' }),
  },
}).createMachine({
  id: 'chiffres',
  // Help starts where the learner left it last time, but never fully faded: a warm-up.
  context: ({ input }) => ({
    pos: 0,
    typed: '',
    missesHere: 0,
    clean: true,
    level: Math.min(Math.max(Math.round(input?.level ?? 0), 0), MAX_LEVEL - 1),
    weak: weakFromInput(input?.weakKeys),
    newWeak: [],
    finished: 0,
    points: 0,
    note: null,
    numLock: null,
  }),
  initial: 'topRow',
  states: {
    topRow: guidedTypingStep('topRow', 1, 'keypad'),
    keypad: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.keypad.text', hint: 'steps.keypad.hint' },
      entry: 'startStep',
      on: {
        'user.char': [
          { guard: { type: 'finishesText', params: { step: 'keypad' } }, target: 'phone', actions: ['acceptChar', 'finishStep'] },
          { guard: { type: 'isExpectedChar', params: { step: 'keypad' } }, actions: ['acceptChar', 'noteKeypad'] },
          { actions: [{ type: 'recordMiss', params: { step: 'keypad' } }, 'noteKeypad'] },
        ],
        'user.numLock': { actions: 'setNumLock' },
        'lesson.skip': 'phone',
      },
      ...withHint(),
    },
    phone: guidedTypingStep('phone', 3, 'date'),
    date: guidedTypingStep('date', 4, 'taxNumber'),
    taxNumber: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.taxNumber.text', hint: 'steps.taxNumber.hint' },
      entry: 'startStep',
      exit: 'clearTyped',
      on: {
        // Free typing: digits go in as typed; Entrée checks the digits, then the count.
        'user.char': [
          { guard: and(['isDigit', 'hasRoom']), actions: 'addDigit' },
          // Spaces are left out, as real forms do (the view says so); a full field takes no more.
          { guard: or(['isDigit', 'isSpace']) },
          { actions: { type: 'recordMiss', params: { step: 'taxNumber' } } },
        ],
        'user.key': [
          { guard: 'isBackspace', actions: 'eraseDigit' },
          { guard: and(['isEnter', 'isTaxNumberRight', 'hasWeakKeys']), target: 'revision', actions: 'finishStep' },
          { guard: and(['isEnter', 'isTaxNumberRight']), target: 'done', actions: 'finishStep' },
          { guard: 'isEnter', actions: 'recordCheck' },
        ],
        'lesson.skip': [{ guard: 'hasWeakKeys', target: 'revision' }, { target: 'done' }],
      },
      ...withHint(),
    },
    revision: guidedTypingStep('revision', 6, 'done', { optional: true }),
    done: {
      type: 'final',
    },
  },
  output: ({ context }) => {
    const attempts = context.finished;
    return {
      score: attempts === 0 ? 0 : Math.round((100 * context.points) / (2 * attempts)),
      attempts,
      level: context.level,
      weakKeys: context.newWeak,
      revisedKeys: revisedChars(context),
    };
  },
});
