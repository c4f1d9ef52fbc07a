import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { KeyboardWords } from '../../src/kit/keyboard';

const FINGERS = [
  'leftPinky', 'leftRing', 'leftMiddle', 'leftIndex', 'leftThumb',
  'rightThumb', 'rightIndex', 'rightMiddle', 'rightRing', 'rightPinky',
] as const;

/** The keyboard drawing's own words (fingers, lamps) in the learner's language. */
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
