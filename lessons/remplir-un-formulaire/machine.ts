import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';
import { revisionText, weakFromInput, withWeak } from '../../src/kit/keyboard/revision';
import type { FieldId } from './form';

/** The steps of the form, in order. */
export const STAGES = [
  'clickNom', 'typeNom', 'tab', 'typePrenom', 'shiftTab', 'placeCursor', 'fixTypo', 'select', 'copy', 'paste', 'submit',
] as const;
export type Stage = (typeof STAGES)[number];
/** Then, only when there are weak keys to practise again: the revision, the last step. */
export const REVISION_STEP = STAGES.length + 1;

/**
 * Weak keys this lesson can revise: characters that every keyboard it knows has a key for, without
 * a dead key (letters, digits, the signs of an e-mail address). Accented letters, which a QWERTY
 * keyboard lacks, are left to the lesson « accents »; keys that type nothing, to « touches-essentielles ».
 */
export const isRevisable = (key: string) => /^[A-Za-z0-9@._\-\/]$/.test(key);
/** The fields where a letter can be missed (typed); the others are fixed or pasted. */
const TYPED_FIELDS: readonly FieldId[] = ['nom', 'prenom'];

/**
 * Guidance levels, kept from one run to the next: 0 shows the keyboard drawing with the key to
 * press at each step that needs a key other than a letter (Tab, Maj, Retour arrière, Ctrl); 1 shows
 * it only after a slip or with the hint; 2 also stops pointing at the line of the fiche to copy.
 */
export const TOP_LEVEL = 2;
/** Misses are capped so the machine stays finite (xstate/graph walks every state). */
export const MAX_COUNTED_MISSES = 5;
/** After this many slips in one step, the help names the finger and the key to hold. */
export const SLIPS_FOR_FINGER = 2;

export type FocusVia = 'tab' | 'shiftTab' | 'other';

export type RemplirUnFormulaireEvent =
  /** The cursor arrived in a field: by Tab, by Maj+Tab, or otherwise (a click, a tap). */
  | { type: 'user.focusField'; field: FieldId; via: FocusVia }
  /**
   * A field became as on the fiche, or a new mistake appeared in it (sent on change only), with the
   * character the fiche has where the field first differs (null when nothing was expected there).
   */
  | { type: 'user.fieldChanged'; field: FieldId; result: 'complete' | 'mistake'; expected: string | null }
  /** The cursor in « Ville » stands (or no longer stands) just after the wrong letter. */
  | { type: 'user.caretMoved'; atTypo: boolean }
  /** The whole number on the fiche is (or is no longer) selected. */
  | { type: 'user.selected'; whole: boolean }
  /** Something was copied from the fiche's number (Ctrl+C or the browser's menu). */
  | { type: 'user.copied'; whole: boolean }
  | { type: 'user.submit' }
  /** A character typed in the revision's field. */
  | { type: 'user.char'; char: string }
  | RunnerEvent;

/** What the view explains under the form: the last slip of this step, if any. */
export type LastTry = 'miss' | 'wrongMove' | null;

export interface RemplirUnFormulaireContext {
  /** Guidance level (see TOP_LEVEL), from last time; the next one is worked out at the end. */
  level: number;
  /** Steps done by the learner (a skipped step is not one). */
  done: number;
  misses: number;
  /** Slips in the current step (in the revision: on the character expected now), capped at SLIPS_FOR_FINGER. */
  slips: number;
  lastTry: LastTry;
  /** What the revision practises: weak keys from earlier lessons, then letters missed twice here. */
  weak: string[];
  /** Letters missed twice in this lesson (given back as output.weakKeys). */
  newWeak: string[];
  /** Characters of the revision typed so far. */
  pos: number;
  /** The revision was typed to its end (not skipped): its keys are given back as revised. */
  revised: boolean;
}

type Params = { field: FieldId; via?: FocusVia; result?: 'complete' | 'mistake' };
type Event = { event: RemplirUnFormulaireEvent };
const charOf = (event: RemplirUnFormulaireEvent) => (event.type === 'user.char' ? event.char : '');
/** The character the revision waits for now. */
export const revisionChar = (context: Pick<RemplirUnFormulaireContext, 'weak' | 'pos'>) => revisionText(context.weak)[context.pos];
const isFocusOn = ({ event }: Event, params: Params) =>
  event.type === 'user.focusField' && event.field === params.field && (params.via === undefined || event.via === params.via);
const isFieldChange = ({ event }: Event, params: Params) =>
  event.type === 'user.fieldChanged' && event.field === params.field && event.result === params.result;

const step = (stage: Stage) => ({
  tags: ['step'],
  meta: { step: STAGES.indexOf(stage) + 1, text: `steps.${stage}.text`, hint: `steps.${stage}.hint` },
  entry: 'startStep' as const,
});

/** The next time's level: up after a clean run, down after a hard one. */
export function nextLevel({ level, done, misses }: RemplirUnFormulaireContext): number {
  const skipped = STAGES.length - done;
  if (skipped === 0 && misses <= 1) return Math.min(level + 1, TOP_LEVEL);
  if (skipped >= 4 || misses >= 4) return Math.max(level - 1, 0);
  return level;
}

export const remplirUnFormulaireMachine = setup({
  types: {
    context: {} as RemplirUnFormulaireContext,
    events: {} as RemplirUnFormulaireEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isFocusOn,
    isFocusElsewhere: ({ event }) => event.type === 'user.focusField' && event.field !== 'nom',
    isFieldChange,
    isAtTypo: ({ event }) => event.type === 'user.caretMoved' && event.atTypo,
    isWholeSelected: ({ event }) => event.type === 'user.selected' && event.whole,
    isWholeCopied: ({ event }) => event.type === 'user.copied' && event.whole,
    hasWeakKeys: ({ context }) => context.weak.length > 0,
    isRevisionChar: ({ context, event }) => charOf(event) === revisionChar(context),
    endsRevision: ({ context }) => context.pos + 1 >= revisionText(context.weak).length,
  },
  actions: {
    startStep: assign({ slips: 0, lastTry: null }),
    recordHit: assign(({ context }) => ({ done: Math.min(context.done + 1, STAGES.length) })),
    // The second slip in a word makes the letter missed then a weak key, practised at the end.
    recordMiss: assign(({ context, event }) => {
      const slips = Math.min(context.slips + 1, SLIPS_FOR_FINGER);
      const missed =
        event.type === 'user.fieldChanged' && TYPED_FIELDS.includes(event.field) && slips === SLIPS_FOR_FINGER && context.slips < SLIPS_FOR_FINGER
          ? event.expected
          : null;
      return {
        misses: Math.min(context.misses + 1, MAX_COUNTED_MISSES),
        slips,
        lastTry: 'miss' as const,
        weak: withWeak(context.weak, missed, isRevisable),
        newWeak: withWeak(context.newWeak, missed, isRevisable),
      };
    }),
    // Moving with the mouse instead of Tab is not a mistake: it works, it is just not this step's key.
    noteWrongMove: assign({ lastTry: 'wrongMove' as const }),
    acceptChar: assign(({ context }) => ({ pos: context.pos + 1, slips: 0, lastTry: null })),
    // In the revision, a slip is not counted against the form's steps; missed twice, a key stays weak.
    recordRevisionSlip: assign(({ context }) => {
      const slips = Math.min(context.slips + 1, SLIPS_FOR_FINGER);
      const missed = slips === SLIPS_FOR_FINGER && context.slips < SLIPS_FOR_FINGER ? revisionChar(context) : null;
      return { slips, lastTry: 'miss' as const, newWeak: withWeak(context.newWeak, missed, isRevisable) };
    }),
    markRevised: assign({ revised: true }),
  },
}).createMachine({
  id: 'remplir-un-formulaire',
  context: ({ input }) => ({
    level: Math.min(Math.max(Math.round(input?.level ?? 0), 0), TOP_LEVEL),
    done: 0,
    misses: 0,
    slips: 0,
    lastTry: null,
    weak: weakFromInput(input?.weakKeys, isRevisable),
    newWeak: [],
    pos: 0,
    revised: false,
  }),
  initial: 'clickNom',
  states: {
    clickNom: {
      ...step('clickNom'),
      on: {
        'user.focusField': [
          { guard: { type: 'isFocusOn', params: { field: 'nom' } }, target: 'typeNom', actions: 'recordHit' },
          { guard: 'isFocusElsewhere', actions: 'recordMiss' },
        ],
        'lesson.skip': 'typeNom',
      },
      ...withHint(),
    },
    typeNom: {
      ...step('typeNom'),
      on: {
        'user.fieldChanged': [
          { guard: { type: 'isFieldChange', params: { field: 'nom', result: 'complete' } }, target: 'tab', actions: 'recordHit' },
          { guard: { type: 'isFieldChange', params: { field: 'nom', result: 'mistake' } }, actions: 'recordMiss' },
        ],
        'lesson.skip': 'tab',
      },
      ...withHint(),
    },
    tab: {
      ...step('tab'),
      on: {
        'user.focusField': [
          { guard: { type: 'isFocusOn', params: { field: 'prenom', via: 'tab' } }, target: 'typePrenom', actions: 'recordHit' },
          { guard: { type: 'isFocusOn', params: { field: 'prenom' } }, actions: 'noteWrongMove' },
        ],
        'lesson.skip': 'typePrenom',
      },
      ...withHint(),
    },
    typePrenom: {
      ...step('typePrenom'),
      on: {
        'user.fieldChanged': [
          { guard: { type: 'isFieldChange', params: { field: 'prenom', result: 'complete' } }, target: 'shiftTab', actions: 'recordHit' },
          { guard: { type: 'isFieldChange', params: { field: 'prenom', result: 'mistake' } }, actions: 'recordMiss' },
        ],
        'lesson.skip': 'shiftTab',
      },
      ...withHint(),
    },
    shiftTab: {
      ...step('shiftTab'),
      on: {
        'user.focusField': [
          { guard: { type: 'isFocusOn', params: { field: 'nom', via: 'shiftTab' } }, target: 'placeCursor', actions: 'recordHit' },
          { guard: { type: 'isFocusOn', params: { field: 'nom' } }, actions: 'noteWrongMove' },
          // Tab without Maj goes forward, to « Ville ».
          { guard: { type: 'isFocusOn', params: { field: 'ville', via: 'tab' } }, actions: 'noteWrongMove' },
        ],
        'lesson.skip': 'placeCursor',
      },
      ...withHint(),
    },
    placeCursor: {
      ...step('placeCursor'),
      on: {
        'user.caretMoved': { guard: 'isAtTypo', target: 'fixTypo', actions: 'recordHit' },
        'user.fieldChanged': [
          // Fixed straight away: both steps are done.
          { guard: { type: 'isFieldChange', params: { field: 'ville', result: 'complete' } }, target: 'select', actions: ['recordHit', 'recordHit'] },
          { guard: { type: 'isFieldChange', params: { field: 'ville', result: 'mistake' } }, actions: 'recordMiss' },
        ],
        'lesson.skip': 'fixTypo',
      },
      ...withHint(),
    },
    fixTypo: {
      ...step('fixTypo'),
      on: {
        'user.fieldChanged': [
          { guard: { type: 'isFieldChange', params: { field: 'ville', result: 'complete' } }, target: 'select', actions: 'recordHit' },
          { guard: { type: 'isFieldChange', params: { field: 'ville', result: 'mistake' } }, actions: 'recordMiss' },
        ],
        'lesson.skip': 'select',
      },
      ...withHint(),
    },
    select: {
      ...step('select'),
      on: {
        'user.selected': { guard: 'isWholeSelected', target: 'copy', actions: 'recordHit' },
        'user.copied': { guard: 'isWholeCopied', target: 'paste', actions: ['recordHit', 'recordHit'] },
        'lesson.skip': 'copy',
      },
      ...withHint(),
    },
    copy: {
      ...step('copy'),
      on: {
        'user.copied': [{ guard: 'isWholeCopied', target: 'paste', actions: 'recordHit' }, { actions: 'recordMiss' }],
        'lesson.skip': 'paste',
      },
      ...withHint(),
    },
    paste: {
      ...step('paste'),
      on: {
        'user.fieldChanged': [
          { guard: { type: 'isFieldChange', params: { field: 'telephone', result: 'complete' } }, target: 'submit', actions: 'recordHit' },
          { guard: { type: 'isFieldChange', params: { field: 'telephone', result: 'mistake' } }, actions: 'recordMiss' },
        ],
        'lesson.skip': 'submit',
      },
      ...withHint(),
    },
    submit: {
      ...step('submit'),
      on: {
        'user.submit': [
          { guard: 'hasWeakKeys', target: 'revision', actions: 'recordHit' },
          { target: 'done', actions: 'recordHit' },
        ],
        'lesson.skip': [{ guard: 'hasWeakKeys', target: 'revision' }, { target: 'done' }],
      },
      ...withHint(),
    },
    revision: {
      tags: ['step'],
      meta: { step: REVISION_STEP, text: 'steps.revision.text', hint: 'steps.revision.hint', optional: true },
      entry: 'startStep',
      on: {
        'user.char': [
          { guard: and(['isRevisionChar', 'endsRevision']), target: 'done', actions: ['acceptChar', 'markRevised'] },
          { guard: 'isRevisionChar', actions: 'acceptChar' },
          { actions: 'recordRevisionSlip' },
        ],
        'lesson.skip': 'done',
      },
      ...withHint(),
    },
    done: { type: 'final' },
  },
  output: ({ context }) => {
    const attempts = context.done + context.misses;
    return {
      score: attempts === 0 ? 0 : Math.round((100 * context.done) / attempts),
      attempts,
      level: nextLevel(context),
      weakKeys: context.newWeak,
      ...(context.revised ? { revisedKeys: context.weak } : {}),
    };
  },
});
