/**
 * The typing drill's bookkeeping, pure: where the learner is in a list of French words, what was
 * missed, how much the keyboard drawing helps. Every number is capped so the machine stays finite.
 */
import type { LessonInput } from '../lesson';
import { strokesFor } from './drillKeys';

/** Guidance levels (see drillGuidance): 0 the key and the finger, 1 the key, 2 the key when needed. */
export const MAX_LEVEL = 2;
/** The level a lesson starts at, at most: a warm-up, as the key drawing may have faded last time. */
export const MAX_START_LEVEL = 2;
/** Misses on one character after which the finger and the modifier are named (and it becomes weak). */
export const MISSES_FOR_WEAK = 2;
export const MAX_WEAK = 3;
/** Words and key presses done in a lesson, at most: a cap the lessons never reach. */
const MAX_DONE = 30;

export interface DrillContext {
  level: number;
  /** Index of the word being typed in the current step's list. */
  item: number;
  /** Characters of that word accepted so far. */
  pos: number;
  /** Misses on the character expected now, up to MISSES_FOR_WEAK. */
  missesHere: number;
  itemMissed: boolean;
  /** Words (and key presses) done, and those done without a miss: the score, never shown as one. */
  done: number;
  clean: number;
  /** Characters missed twice or more in this lesson, at most MAX_WEAK. */
  weak: string[];
  /** Weak characters remembered from earlier lessons that this lesson can practise. */
  review: string[];
  /** The characters of the closing revision, fixed when it starts (empty until then). */
  revision: string[];
  lastTry: 'hit' | 'item' | 'miss' | null;
}

export const clampLevel = (level: number | undefined) => Math.min(Math.max(Math.round(level ?? 0), 0), MAX_START_LEVEL);

/**
 * A drill's start. The weak characters remembered are those this lesson practises, and the
 * learner's keyboard can type: é missed on a French keyboard is not asked again on a US one.
 */
export function initialDrill(input: Partial<LessonInput> | undefined, practisable: readonly string[]): DrillContext {
  const layout = input?.keyboardLayout;
  const typable = (char: string) => layout === undefined || strokesFor(char, layout) !== null;
  const review = [...new Set(input?.weakKeys ?? [])].filter((char) => practisable.includes(char) && typable(char)).slice(0, MAX_WEAK);
  return {
    level: clampLevel(input?.level), item: 0, pos: 0, missesHere: 0, itemMissed: false,
    done: 0, clean: 0, weak: [], review, revision: [], lastTry: null,
  };
}

export const expectedChar = (items: readonly string[], context: DrillContext) => [...(items[context.item] ?? '')][context.pos];

export const isExpected = (items: readonly string[], context: DrillContext, char: string) => char === expectedChar(items, context);

/** The expected character finishes the last word of the list. */
export const finishesList = (items: readonly string[], context: DrillContext, char: string) =>
  isExpected(items, context, char) && context.item === items.length - 1 && context.pos === [...items[context.item]].length - 1;

export const startStep = (): Partial<DrillContext> => ({ item: 0, pos: 0, missesHere: 0, itemMissed: false, lastTry: null });

/** A right character: the word goes on; a word typed without a miss fades the guidance one level. */
export function recordHit(items: readonly string[], context: DrillContext): Partial<DrillContext> {
  if (context.pos + 1 < [...items[context.item]].length) return { pos: context.pos + 1, missesHere: 0, lastTry: 'hit' };
  return {
    ...countDone(context, !context.itemMissed),
    item: Math.min(context.item + 1, items.length),
    pos: 0,
    missesHere: 0,
    itemMissed: false,
    lastTry: 'item',
    level: context.itemMissed ? context.level : Math.min(context.level + 1, MAX_LEVEL),
  };
}

/** A wrong character, counted kindly; the second miss on it brings the guidance back and marks it weak. */
export function recordMiss(items: readonly string[], context: DrillContext, practisable: readonly string[]): Partial<DrillContext> {
  const expected = expectedChar(items, context);
  const secondMiss = context.missesHere + 1 === MISSES_FOR_WEAK;
  const weak =
    secondMiss && practisable.includes(expected) && !context.weak.includes(expected) && context.weak.length < MAX_WEAK
      ? [...context.weak, expected]
      : context.weak;
  return {
    missesHere: Math.min(context.missesHere + 1, MISSES_FOR_WEAK),
    itemMissed: true,
    lastTry: 'miss',
    weak,
    level: secondMiss ? Math.max(context.level - 1, 0) : context.level,
  };
}

/** A wrong key where no character is being learnt (the trap step): counted, never made weak. */
export const recordSlip = (context: DrillContext): Partial<DrillContext> => ({
  missesHere: Math.min(context.missesHere + 1, MISSES_FOR_WEAK),
  itemMissed: true,
  lastTry: 'miss',
});

/** A key step (Verr. Maj, the trap) done: one more right press. */
export const recordPress = (context: DrillContext): Partial<DrillContext> => ({ ...countDone(context, !context.itemMissed), lastTry: 'hit' });

const countDone = (context: DrillContext, clean: boolean) => ({
  done: Math.min(context.done + 1, MAX_DONE),
  clean: Math.min(context.clean + (clean ? 1 : 0), MAX_DONE),
});

/**
 * What the keyboard drawing shows at each level: 0 the key and the finger; 1 the key; 2 the key
 * only on a step's first word (something new) and after a miss. Whatever the level, a miss shows
 * the key (the lesson draws the wrong one beside it) and the second miss names the finger.
 * `always`: the lesson shows both anyway (a hint asked for, the revision).
 */
export function drillGuidance({ level, item, missesHere }: Pick<DrillContext, 'level' | 'item' | 'missesHere'>, always = false) {
  return {
    showKey: always || level <= 1 || missesHere > 0 || item === 0,
    showFinger: always || level === 0 || missesHere >= MISSES_FOR_WEAK,
  };
}

/** What to practise at the end: this lesson's weak characters first, then the remembered ones. */
export const revisionChars = (context: DrillContext) => [...new Set([...context.weak, ...context.review])].slice(0, MAX_WEAK);

/**
 * The revision's characters once it was typed to its end, else none. The revision is the last
 * step, and its last word moves `item` past its list: a skip leaves `item` short of it.
 */
export const revisedChars = (context: DrillContext) => (context.item >= context.revision.length ? context.revision : []);

/**
 * Attempts are the words and presses done; the score is the share of them done without a miss.
 * The keys missed twice here are kept; those practised in a finished revision can be forgotten
 * (those missed again are in both lists, and stay).
 */
export function drillOutput(context: DrillContext) {
  return {
    score: context.done === 0 ? 0 : Math.round((100 * context.clean) / context.done),
    attempts: context.done,
    level: context.level,
    weakKeys: context.weak,
    revisedKeys: revisedChars(context),
  };
}
