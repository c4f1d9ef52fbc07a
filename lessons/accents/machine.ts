import { and, assign, setup } from 'xstate';
import { drillTyping } from '../../src/kit/typingSteps';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import { drillOutput, finishesList, initialDrill, isExpected, recordHit, recordMiss, revisionChars, startStep, type DrillContext } from '../../src/kit/keyboard/typingDrill';

/**
 * What is typed in each step: the accents with their own key (ù beside M), then ^ and ¨ that wait
 * for the letter, then everyday words.
 */
export const WORDS = {
  direct: ['é', 'è', 'ç', 'à', 'ù'],
  circumflex: ['ê', 'ô', 'î', 'û'],
  trema: ['ë', 'ï'],
  words: ['fenêtre', 'élève', 'hôpital', 'Noël', 'août'],
} as const;

/** A short word to practise each accent again when it was missed twice (here or in another lesson). */
export const REVISION_WORDS: Readonly<Record<string, string>> = {
  é: 'café', è: 'mère', ç: 'reçu', à: 'voilà', ù: 'où',
  ê: 'tête', ô: 'hôtel', î: 'île', û: 'sûr', ë: 'Noël', ï: 'maïs',
};
const PRACTISABLE = Object.keys(REVISION_WORDS);

export type DrillStep = keyof typeof WORDS | 'revision';
export type AccentsEvent = { type: 'user.char'; char: string } | RunnerEvent;
export type AccentsContext = DrillContext;

export const wordsOf = (step: DrillStep, context: DrillContext): readonly string[] =>
  step === 'revision' ? context.revision.map((char) => REVISION_WORDS[char]) : WORDS[step];

type Params = { step: DrillStep };
const charOf = (event: AccentsEvent) => (event.type === 'user.char' ? event.char : '');

export const accentsMachine = setup({
  types: {
    context: {} as AccentsContext,
    events: {} as AccentsEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isExpectedChar: ({ context, event }, { step }: Params) => isExpected(wordsOf(step, context), context, charOf(event)),
    finishesStep: ({ context, event }, { step }: Params) => finishesList(wordsOf(step, context), context, charOf(event)),
    hasWeakKeys: ({ context }) => revisionChars(context).length > 0,
  },
  actions: {
    startStep: assign(() => startStep()),
    startRevision: assign(({ context }) => ({ ...startStep(), revision: revisionChars(context) })),
    recordHit: assign(({ context }, { step }: Params) => recordHit(wordsOf(step, context), context)),
    recordMiss: assign(({ context }, { step }: Params) => recordMiss(wordsOf(step, context), context, PRACTISABLE)),
  },
}).createMachine({
  id: 'accents',
  context: ({ input }) => initialDrill(input, PRACTISABLE),
  initial: 'direct',
  states: {
    direct: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.direct.text', hint: 'steps.direct.hint' },
      entry: 'startStep',
      on: { 'user.char': drillTyping('direct', 'circumflex'), 'lesson.skip': 'circumflex' },
      ...withHint(),
    },
    circumflex: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.circumflex.text', hint: 'steps.circumflex.hint' },
      entry: 'startStep',
      on: { 'user.char': drillTyping('circumflex', 'trema'), 'lesson.skip': 'trema' },
      ...withHint(),
    },
    trema: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.trema.text', hint: 'steps.trema.hint' },
      entry: 'startStep',
      on: { 'user.char': drillTyping('trema', 'words'), 'lesson.skip': 'words' },
      ...withHint(),
    },
    words: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.words.text', hint: 'steps.words.hint' },
      entry: 'startStep',
      // The revision comes only when there is something to practise again.
      on: {
        'user.char': [
          { guard: and([{ type: 'finishesStep', params: { step: 'words' as const } }, 'hasWeakKeys']), target: 'revision', actions: { type: 'recordHit', params: { step: 'words' } } },
          ...drillTyping('words', 'done'),
        ],
        'lesson.skip': [{ guard: 'hasWeakKeys', target: 'revision' }, { target: 'done' }],
      },
      ...withHint(),
    },
    revision: {
      tags: ['step'],
      meta: { step: 5, text: 'steps.revision.text', hint: 'steps.revision.hint', optional: true },
      entry: 'startRevision',
      on: { 'user.char': drillTyping('revision', 'done'), 'lesson.skip': 'done' },
      ...withHint(),
    },
    done: { type: 'final' },
  },
  output: ({ context }) => drillOutput(context),
});
