import { useEffect, useState } from 'react';

/** How long a key stays drawn as pressed after it comes up, so that a quick tap is seen. */
export const PRESS_SHOWN_MS = 180;

/**
 * The keys held down right now (by code), wherever the focus is: the keyboard drawing shows Maj,
 * Ctrl or Alt Gr held too. Kept inside the drawing, so that a key going down draws the drawing
 * again, not the whole lesson (the keystroke-to-feedback time stays short).
 */
export function usePressedKeys(): ReadonlySet<string> {
  const [pressed, setPressed] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const release = (code: string) =>
      setPressed((keys) => {
        if (!keys.has(code)) return keys;
        const next = new Set(keys);
        next.delete(code);
        return next;
      });
    const down = ({ code }: KeyboardEvent) => {
      clearTimeout(timers.get(code));
      setPressed((keys) => (keys.has(code) ? keys : new Set(keys).add(code)));
    };
    const up = ({ code }: KeyboardEvent) => timers.set(code, setTimeout(() => release(code), PRESS_SHOWN_MS));
    // A key released while the page was not looking (Alt+Tab away) must not stay drawn down.
    const clear = () => {
      timers.forEach(clearTimeout);
      setPressed(new Set());
    };
    document.addEventListener('keydown', down, true);
    document.addEventListener('keyup', up, true);
    window.addEventListener('blur', clear);
    return () => {
      timers.forEach(clearTimeout);
      document.removeEventListener('keydown', down, true);
      document.removeEventListener('keyup', up, true);
      window.removeEventListener('blur', clear);
    };
  }, []);
  return pressed;
}
