import type { ComponentType } from 'react';
import type { LayoutId } from '../keyboard/layouts/types';
import type { TFunction } from 'i18next';
import type { AnyStateMachine, EventFromLogic, SnapshotFrom } from 'xstate';

/**
 * The lesson contract (DESIGN.md). A lesson machine is pure; every step state carries the tag
 * `step` and a `meta` of i18n keys in the lesson's namespace; its hint substate carries `hinted`.
 */
export interface StepMeta {
  /** 1-based position shown as « Étape 2 sur 5 ». */
  step: number;
  /** Key of the instruction, shown and spoken. */
  text: string;
  /** Key of the hint, shown and spoken after `lesson.idle` (tag `hinted`). */
  hint: string;
  /**
   * A last step that comes only sometimes (the revision of weak keys): « sur N » does not count it
   * until it comes, so the counter never promises a step that may not come. Optional steps come last.
   */
  optional?: true;
}

/** What a lesson machine's final state gives back. */
export interface LessonOutput {
  /** 0–100, never shown as a grade: it only keeps the best result. */
  score: number;
  attempts: number;
  /** For adaptive lessons: the difficulty reached, given back as `input.level` next time. */
  level?: number;
  /**
   * Keyboard lessons: what was missed more than once, kept to practise again. A character (« é »,
   * « @ »), or for a key that types none, its `KeyboardEvent.code` (« Backspace », « Delete »).
   */
  weakKeys?: readonly string[];
  /**
   * The weak keys practised in the closing revision, through to its end (not skipped): the stored
   * list forgets them, unless they are in `weakKeys` again.
   */
  revisedKeys?: readonly string[];
}

/** What every lesson machine may receive: the level the learner reached last time (0 the first time). */
export interface LessonInput {
  level: number;
  /**
   * What this learner often misses, across keyboard lessons (local only), newest first, to practise
   * again: characters, and `KeyboardEvent.code`s of keys that type none (see LessonOutput).
   */
  weakKeys?: readonly string[];
  /** The learner's keyboard, for a lesson whose words depend on it (a name with é, where it has no é key). */
  keyboardLayout?: LayoutId;
}

/** What a view needs to know about the learner and the device. */
export interface Learner {
  /** « Mes mains tremblent »: widen every tolerance (distance, time). */
  shakyHands: boolean;
  /** No mouse on this device (a phone, a tablet): the texts say « touchez » instead of « cliquez ». */
  touchOnly: boolean;
  /** The learner's physical keyboard; always set for a lesson whose lesson.json lists the keyboard. */
  keyboardLayout?: LayoutId;
}

/** The events every lesson receives from the runner. */
export type RunnerEvent = { type: 'lesson.idle' } | { type: 'lesson.skip' };

export interface LessonViewProps<M extends AnyStateMachine = AnyStateMachine> {
  snapshot: SnapshotFrom<M>;
  send: (event: EventFromLogic<M>) => void;
  /** Translations of the lesson's own namespace. */
  t: TFunction;
  /** The learner's UI direction; French practice content stays left to right inside it. */
  dir: 'ltr' | 'rtl';
  learner: Learner;
}

export interface LessonModule<M extends AnyStateMachine = AnyStateMachine> {
  machine: M;
  View: ComponentType<LessonViewProps<M>>;
}

/** The substates that give any step a hint after inactivity: spread into the step's config. */
export function withHint() {
  return {
    initial: 'trying' as const,
    states: {
      trying: { on: { 'lesson.idle': { target: 'hinted' as const } } },
      hinted: { tags: ['hinted'] },
    },
  };
}
