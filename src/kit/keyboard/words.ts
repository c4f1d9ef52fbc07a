import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { Finger } from '../../keyboard';

/** The few words the keyboard drawing shows itself; the lesson passes them in the learner's language. */
export interface KeyboardWords {
  /** Lamp states, after the lock key's printed name: « Verr. Maj : allumé ». */
  on: string;
  off: string;
  fingers: Record<Finger, string>;
}

/** French, plain words (« petit doigt » rather than « auriculaire »). */
export const FRENCH_KEYBOARD_WORDS: KeyboardWords = {
  on: 'allumé',
  off: 'éteint',
  fingers: {
    leftPinky: 'petit doigt gauche',
    leftRing: 'annulaire gauche',
    leftMiddle: 'majeur gauche',
    leftIndex: 'index gauche',
    leftThumb: 'pouce gauche',
    rightThumb: 'pouce droit',
    rightIndex: 'index droit',
    rightMiddle: 'majeur droit',
    rightRing: 'annulaire droit',
    rightPinky: 'petit doigt droit',
  },
};

const FINGERS = Object.keys(FRENCH_KEYBOARD_WORDS.fingers) as Finger[];

/**
 * The drawing's words in the learner's language, from the lesson's texts `keyboard.on`, `keyboard.off`
 * and `keyboard.fingers.*`; the same object while `t` is the same, so the drawing is not redrawn for it.
 */
export function useKeyboardWords(t: TFunction): KeyboardWords {
  return useMemo(
    () => ({
      on: t('keyboard.on'),
      off: t('keyboard.off'),
      fingers: Object.fromEntries(FINGERS.map((finger) => [finger, t(`keyboard.fingers.${finger}`)])) as KeyboardWords['fingers'],
    }),
    [t],
  );
}
