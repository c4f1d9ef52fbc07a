import { useRef } from 'react';

/**
 * « Sans faute ! »: names what improved when a word typed without a miss fades the guidance (or
 * that help came back), said until the next `moment` (the next key). The level is typingDrill's.
 * Said only where the drawing `follows` the level: « le dessin ne montre plus » is then true (not
 * with the hint, nor in a revision, where the drawing always shows the key and the finger).
 */
export function useLevelNote(level: number, moment: string, follows: boolean) {
  const seen = useRef({ moment, level, note: null as string | null });
  if (seen.current.moment !== moment) {
    const note = level > seen.current.level ? `feedback.levelUp${level}` : level < seen.current.level ? 'feedback.levelDown' : null;
    seen.current = { moment, level, note };
  }
  return follows ? seen.current.note : null;
}
