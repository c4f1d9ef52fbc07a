import { and, assign, setup } from 'xstate';
import { withHint, type LessonInput, type LessonOutput, type RunnerEvent } from '../../src/kit/lesson';

/** Letters whose place a French keyboard changes (A, Z, Q, W, M): the ones to find first. */
export const LETTERS = ['a', 'z', 'q', 'w', 'm'] as const;
/** Everyday words, letters only (hyphens and accents come in later lessons). */
export const WORDS = ['pain', 'merci', 'bonjour'] as const;
/** When no letter needs revising: the two letters most often swapped on a French keyboard, and M. */
export const DEFAULT_REVIEW = ['a', 'q', 'm'] as const;
/**
 * Letters this lesson marks weak (missed twice), kept few so the machine stays small; the revision
 * takes a few letters in all, earlier lessons' ones after, each typed twice.
 */
export const MAX_WEAK = 2;
export const MAX_REVIEW = 3;
export const REVIEW_REPEATS = 2;
export const TOP_LEVEL = 3;
/** Level 0–1: the key to press is shown on the keyboard; 2–3: only after a miss. */
export const SHOWS_KEY_BELOW_LEVEL = 2;
export const MAX_TRIES = 2;
const STEPS = 4;

export type LettresEvent =
  /** A character typed in the field (what the system typed: a dead key's result, a capital…). */
  | { type: 'user.char'; char: string }
  /**
   * The first name, sent with Entrée. Only facts about it: its length (capped) and whether it has
   * characters other than letters, spaces, hyphens and apostrophes. The name itself never leaves the field.
   */
  | { type: 'user.name'; length: number; otherCharacters: boolean }
  | RunnerEvent;

export type NameProblem = 'empty' | 'otherCharacters';

export interface LettresContext {
  /** Index in the step's list: a letter, a word, a letter to revise. */
  item: number;
  /** Letters of the current word already typed. */
  typed: number;
  /** Misses on the current letter: the first shows the key, the second names the finger and marks it weak. */
  tries: number;
  /** Letters of LETTERS missed twice in this lesson, in LETTERS order. */
  weak: string;
  /** Weak letters from earlier lessons (a–z only), kept from the input. */
  earlier: string;
  /**
   * What the revision asks, fixed when it starts: each letter REVIEW_REPEATS times. Kept once it
   * is typed to its end (the output reads it), dropped when it is skipped.
   */
  review: string;
  level: number;
  /** Steps the learner finished without skipping. */
  stepsDone: number;
  nameProblem: NameProblem | null;
}

/** The text the current item asks for. */
export function itemText(stage: 'letters' | 'words' | 'review', context: Pick<LettresContext, 'item' | 'review'>): string {
  if (stage === 'letters') return LETTERS[context.item] ?? '';
  if (stage === 'words') return WORDS[context.item] ?? '';
  return context.review.slice(context.item, context.item + 1);
}

/** The letter to type now: the view shows it, and draws a miss before this machine hears of it. */
export function expectedLetter(stage: 'letters' | 'words' | 'review', context: Pick<LettresContext, 'item' | 'typed' | 'review'>): string {
  return stage === 'words' ? WORDS[context.item]?.[context.typed] ?? '' : itemText(stage, context);
}

/** Whether `typed` is the letter asked for: a capital counts (typed with Maj or Verr. Maj). */
export const accepts = (stage: 'letters' | 'words' | 'review', context: Pick<LettresContext, 'item' | 'typed' | 'review'>, typed: string) =>
  typed.toLocaleLowerCase('fr') === expectedLetter(stage, context);
const clampLevel = (level: number) => Math.min(Math.max(Math.round(level), 0), TOP_LEVEL);
const charOf = (event: LettresEvent) => (event.type === 'user.char' ? event.char : '');

/** The revision: this lesson's weak letters first, then earlier ones, else the usual suspects. */
export function reviewFor(weak: string, earlier: string): string {
  const letters = [...new Set([...weak, ...earlier])].slice(0, MAX_REVIEW);
  return (letters.length > 0 ? letters : [...DEFAULT_REVIEW]).map((letter) => letter.repeat(REVIEW_REPEATS)).join('');
}

/**
 * The weak letters a finished revision practised (output.revisedKeys): its letters that were weak,
 * here or in earlier lessons; not the usual suspects, which were never weak.
 */
export const revisedLetters = ({ review, weak, earlier }: Pick<LettresContext, 'review' | 'weak' | 'earlier'>) =>
  [...new Set(review)].filter((letter) => weak.includes(letter) || earlier.includes(letter));

const recordMiss = (context: LettresContext, expected: string) => {
  const tries = Math.min(context.tries + 1, MAX_TRIES);
  const becomesWeak = tries === MAX_TRIES && (LETTERS as readonly string[]).includes(expected) && !context.weak.includes(expected);
  const weak = becomesWeak && context.weak.length < MAX_WEAK ? LETTERS.filter((letter) => context.weak.includes(letter) || letter === expected).join('') : context.weak;
  return { tries, weak };
};

export const lettresMachine = setup({
  types: {
    context: {} as LettresContext,
    events: {} as LettresEvent,
    input: {} as Partial<LessonInput> | undefined,
    output: {} as LessonOutput,
  },
  guards: {
    isExpectedLetter: ({ context, event }) => accepts('letters', context, charOf(event)),
    isLastLetter: ({ context }) => context.item + 1 >= LETTERS.length,
    isExpectedInWord: ({ context, event }) => accepts('words', context, charOf(event)),
    endsWord: ({ context }) => context.typed + 1 >= WORDS[context.item].length,
    isLastWord: ({ context }) => context.item + 1 >= WORDS.length,
    isAName: ({ event }) => event.type === 'user.name' && event.length > 0 && !event.otherCharacters,
    isExpectedReview: ({ context, event }) => accepts('review', context, charOf(event)),
    isLastReview: ({ context }) => context.item + 1 >= context.review.length,
  },
  actions: {
    nextItem: assign(({ context }) => ({ item: context.item + 1, typed: 0, tries: 0 })),
    nextLetterInWord: assign(({ context }) => ({ typed: context.typed + 1, tries: 0 })),
    missLetter: assign(({ context }) => recordMiss(context, itemText('letters', context))),
    missInWord: assign(({ context }) => recordMiss(context, expectedLetter('words', context))),
    // A letter from an earlier lesson missed twice again, that this lesson cannot keep as its own
    // weak letter (not one of its letters, or three already): not said revised, so it stays stored.
    missReview: assign(({ context }) => {
      const expected = itemText('review', context);
      const missed = recordMiss(context, expected);
      const stillWeak = missed.tries === MAX_TRIES && !missed.weak.includes(expected);
      return stillWeak ? { ...missed, earlier: context.earlier.replace(expected, '') } : missed;
    }),
    finishStep: assign(({ context }) => ({ stepsDone: Math.min(context.stepsDone + 1, STEPS) })),
    startItems: assign({ item: 0, typed: 0, tries: 0 }),
    startReview: assign(({ context }) => ({ review: reviewFor(context.weak, context.earlier) })),
    notName: assign(({ event }) => ({
      nameProblem: event.type === 'user.name' && event.length > 0 ? ('otherCharacters' as const) : ('empty' as const),
    })),
    // Next time: less help after a lesson done all alone with no letter missed twice; more after
    // several letters missed twice or a lesson mostly skipped.
    settleLevel: assign(({ context }) => {
      const done = context.stepsDone;
      const change = done >= STEPS && context.weak.length === 0 ? 1 : done * 2 < STEPS || context.weak.length >= 2 ? -1 : 0;
      return { level: clampLevel(context.level + change), item: 0, typed: 0, tries: 0, nameProblem: null };
    }),
    // A skipped revision revised nothing.
    dropReview: assign({ review: '' }),
  },
}).createMachine({
  id: 'lettres-et-mots',
  context: ({ input }) => ({
    item: 0,
    typed: 0,
    tries: 0,
    weak: '',
    earlier: [...new Set((input?.weakKeys ?? []).filter((key) => /^[a-z]$/.test(key)))].slice(0, MAX_REVIEW).join(''),
    review: '',
    level: clampLevel(input?.level ?? 0),
    stepsDone: 0,
    nameProblem: null,
  }),
  initial: 'letters',
  states: {
    letters: {
      tags: ['step'],
      meta: { step: 1, text: 'steps.letters.text', hint: 'steps.letters.hint' },
      on: {
        'user.char': [
          { guard: and(['isExpectedLetter', 'isLastLetter']), target: 'words', actions: ['finishStep', 'startItems'] },
          { guard: 'isExpectedLetter', actions: 'nextItem' },
          { actions: 'missLetter' },
        ],
        'lesson.skip': { target: 'words', actions: 'startItems' },
      },
      ...withHint(),
    },
    words: {
      tags: ['step'],
      meta: { step: 2, text: 'steps.words.text', hint: 'steps.words.hint' },
      on: {
        'user.char': [
          { guard: and(['isExpectedInWord', 'endsWord', 'isLastWord']), target: 'name', actions: ['finishStep', 'startItems'] },
          { guard: and(['isExpectedInWord', 'endsWord']), actions: 'nextItem' },
          { guard: 'isExpectedInWord', actions: 'nextLetterInWord' },
          { actions: 'missInWord' },
        ],
        'lesson.skip': { target: 'name', actions: 'startItems' },
      },
      ...withHint(),
    },
    name: {
      tags: ['step'],
      meta: { step: 3, text: 'steps.name.text', hint: 'steps.name.hint' },
      exit: assign({ nameProblem: null }),
      on: {
        'user.name': [{ guard: 'isAName', target: 'review', actions: 'finishStep' }, { actions: 'notName' }],
        'lesson.skip': 'review',
      },
      ...withHint(),
    },
    review: {
      tags: ['step'],
      meta: { step: 4, text: 'steps.review.text', hint: 'steps.review.hint' },
      entry: ['startItems', 'startReview'],
      on: {
        'user.char': [
          { guard: and(['isExpectedReview', 'isLastReview']), target: 'done', actions: ['finishStep', 'settleLevel'] },
          { guard: 'isExpectedReview', actions: 'nextItem' },
          { actions: 'missReview' },
        ],
        'lesson.skip': { target: 'done', actions: ['settleLevel', 'dropReview'] },
      },
      ...withHint(),
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({
    score: Math.round((100 * context.stepsDone) / STEPS),
    attempts: context.stepsDone,
    level: context.level,
    weakKeys: [...context.weak],
    revisedKeys: revisedLetters(context),
  }),
});
