import { and, assign, setup } from 'xstate';
import { drillTyping } from '../../src/kit/typingSteps';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import {
  drillOutput, finishesList, initialDrill, isExpected, recordHit, recordMiss, recordPress, recordSlip, revisionChars, startStep,
  type DrillContext,
} from '../../src/kit/keyboard/typingDrill';
import { strokesFor } from '../../src/kit/keyboard/drillKeys';

/** The words typed in each step: one capital with Maj, then whole words with Verr. Maj, then names. */
export const WORDS = {
  shift: ['Marie', 'Paris'],
  capsWords: ['CAF', 'MARSEILLE'],
  names: ['Léa Martin', 'Nantes'],
} as const;

/** The names step where the learner's keyboard has no é (a US keyboard): a name it can type. */
export const NAMES_WITHOUT_ACCENT = ['Louis Martin', 'Nantes'] as const;

/** What the é key types in the trap: 2 with Verr. Maj on (Windows), é if it was off, É on Linux. */
export const TRAP_CHARS: readonly string[] = ['2', 'é', 'É'];

/** A short name or town to practise each weak character again (the drills' capitals, and é). */
export const REVISION_WORDS: Readonly<Record<string, string>> = {
  M: 'Metz', P: 'Pau', C: 'Caen', A: 'Arles', F: 'Foix', R: 'Rouen', S: 'Sedan',
  E: 'Elsa', I: 'Istres', L: 'Lyon', N: 'Nice', é: 'été',
};
const PRACTISABLE = Object.keys(REVISION_WORDS);

export type DrillStep = keyof typeof WORDS | 'revision';

export type MajusculesEvent =
  | { type: 'user.char'; char: string }
  /** Verr. Maj was pressed; `on` is the lamp the system reports after it, null when it does not say. */
  | { type: 'user.capsLock'; on: boolean | null }
  | RunnerEvent;

export interface MajusculesContext extends DrillContext {
  /** What the é key gave with Verr. Maj on. */
  trap: 'digit' | 'letter' | null;
  /** Verr. Maj was pressed but the lamp went the other way (it was already on, or already off). */
  lockNote: 'off' | 'on' | null;
  /** The names step's words, for the learner's keyboard. */
  names: readonly string[];
}

export const wordsOf = (step: DrillStep, context: MajusculesContext): readonly string[] => {
  if (step === 'revision') return context.revision.map((char) => REVISION_WORDS[char]);
  return step === 'names' ? context.names : WORDS[step];
};

/** The names to type: Léa Martin, unless the keyboard cannot type its é. */
const namesFor = (input: Partial<LessonInput> | undefined): readonly string[] => {
  const layout = input?.keyboardLayout;
  return layout && [...WORDS.names.join('')].some((char) => !strokesFor(char, layout)) ? NAMES_WITHOUT_ACCENT : WORDS.names;
};

const charOf = (event: MajusculesEvent) => (event.type === 'user.char' ? event.char : '');
type Params = { step: DrillStep };

export const majusculesMachine = setup({
  types: {
    context: {} as MajusculesContext,
    events: {} as MajusculesEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isExpectedChar: ({ context, event }, { step }: Params) => isExpected(wordsOf(step, context), context, charOf(event)),
    finishesStep: ({ context, event }, { step }: Params) => finishesList(wordsOf(step, context), context, charOf(event)),
    isTrapKey: ({ event }) => TRAP_CHARS.includes(charOf(event)),
    turnsLockOn: ({ event }) => event.type === 'user.capsLock' && event.on !== false,
    turnsLockOff: ({ event }) => event.type === 'user.capsLock' && event.on !== true,
    hasWeakKeys: ({ context }) => revisionChars(context).length > 0,
  },
  actions: {
    startStep: assign(() => ({ ...startStep(), lockNote: null })),
    startRevision: assign(({ context }) => ({ ...startStep(), revision: revisionChars(context) })),
    recordHit: assign(({ context }, { step }: Params) => recordHit(wordsOf(step, context), context)),
    recordMiss: assign(({ context }, { step }: Params) => recordMiss(wordsOf(step, context), context, PRACTISABLE)),
    recordPress: assign(({ context }) => ({ ...recordPress(context), lockNote: null })),
    recordTrap: assign(({ context, event }) => ({ ...recordPress(context), trap: charOf(event) === '2' ? ('digit' as const) : ('letter' as const) })),
    recordSlip: assign(({ context }) => recordSlip(context)),
    noteLockOff: assign({ lockNote: 'off' as const }),
    noteLockOn: assign({ lockNote: 'on' as const }),
  },
}).createMachine({
  id: 'majuscules',
  context: ({ input }) => ({ ...initialDrill(input, PRACTISABLE), trap: null, lockNote: null, names: namesFor(input) }),
  initial: 'shift',
  states: {
    shift: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.shift.text', hint: 'steps.shift.hint' },
      entry: 'startStep',
      on: { 'user.char': drillTyping('shift', 'capsOn'), 'lesson.skip': 'capsOn' },
      ...withHint(),
    },
    capsOn: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.capsOn.text', hint: 'steps.capsOn.hint' },
      entry: 'startStep',
      on: {
        'user.capsLock': [{ guard: 'turnsLockOn', target: 'capsWords', actions: 'recordPress' }, { actions: 'noteLockOff' }],
        'lesson.skip': 'capsWords',
      },
      ...withHint(),
    },
    capsWords: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.capsWords.text', hint: 'steps.capsWords.hint' },
      entry: 'startStep',
      on: { 'user.char': drillTyping('capsWords', 'trap'), 'lesson.skip': 'trap' },
      ...withHint(),
    },
    trap: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.trap.text', hint: 'steps.trap.hint' },
      entry: 'startStep',
      on: {
        'user.char': [{ guard: 'isTrapKey', target: 'capsOff', actions: 'recordTrap' }, { actions: 'recordSlip' }],
        'lesson.skip': 'capsOff',
      },
      ...withHint(),
    },
    capsOff: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.capsOff.text', hint: 'steps.capsOff.hint' },
      entry: 'startStep',
      on: {
        'user.capsLock': [{ guard: 'turnsLockOff', target: 'names', actions: 'recordPress' }, { actions: 'noteLockOn' }],
        'lesson.skip': 'names',
      },
      ...withHint(),
    },
    names: {
      tags: ['step'],
      meta: { step: 6, text: 'steps.names.text', hint: 'steps.names.hint' },
      entry: 'startStep',
      // The revision comes only when there is something to practise again.
      on: {
        'user.char': [
          { guard: and([{ type: 'finishesStep', params: { step: 'names' as const } }, 'hasWeakKeys']), target: 'revision', actions: { type: 'recordHit', params: { step: 'names' } } },
          ...drillTyping('names', 'done'),
        ],
        'lesson.skip': [{ guard: 'hasWeakKeys', target: 'revision' }, { target: 'done' }],
      },
      ...withHint(),
    },
    revision: {
      tags: ['step'],
      meta: { step: 7, text: 'steps.revision.text', hint: 'steps.revision.hint', optional: true },
      entry: 'startRevision',
      on: { 'user.char': drillTyping('revision', 'done'), 'lesson.skip': 'done' },
      ...withHint(),
    },
    done: { type: 'final' },
  },
  output: ({ context }) => drillOutput(context),
});
