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
