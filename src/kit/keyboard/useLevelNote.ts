import { useRef } from 'react';

/**
 * « Sans faute ! »: names what improved when a word typed without a miss fades the guidance (or
 * that help came back), said until the next `moment` (the next key). The level is typingDrill's.
 */
export function useLevelNote(level: number, moment: string) {
  const seen = useRef({ moment, level, note: null as string | null });
  if (seen.current.moment !== moment) {
    const note = level > seen.current.level ? `feedback.levelUp${level}` : level < seen.current.level ? 'feedback.levelDown' : null;
    seen.current = { moment, level, note };
  }
  return seen.current.note;
}
