import { useEffect, type RefObject } from 'react';

/** How long a key stays drawn as pressed after it comes up, so that a quick tap is seen. */
export const PRESS_SHOWN_MS = 180;

/**
 * Marks the keys held down right now (`data-pressed` on the drawing's key whose `data-code` is the
 * key's code), wherever the focus is: the drawing shows Maj, Ctrl or Alt Gr held too. Done on the
 * drawing's own elements, outside React, so that a key going down redraws one key, not the lesson
 * nor the whole keyboard (the keystroke-to-feedback time stays short). React never sets this attribute.
 */
export function usePressedKeys(drawing: RefObject<Element | null>) {
  useEffect(() => {
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const mark = (code: string, down: boolean) =>
      drawing.current?.querySelector(`[data-code="${CSS.escape(code)}"]`)?.toggleAttribute('data-pressed', down);
    const onDown = ({ code }: KeyboardEvent) => {
      if (!code) return;
      clearTimeout(timers.get(code));
      mark(code, true);
    };
    const onUp = ({ code }: KeyboardEvent) => {
      if (code) timers.set(code, setTimeout(() => mark(code, false), PRESS_SHOWN_MS));
    };
    // A key released while the page was not looking (Alt+Tab away) must not stay drawn down.
    const clear = () => {
      timers.forEach(clearTimeout);
      drawing.current?.querySelectorAll('[data-pressed]').forEach((key) => key.removeAttribute('data-pressed'));
    };
    document.addEventListener('keydown', onDown, true);
    document.addEventListener('keyup', onUp, true);
    window.addEventListener('blur', clear);
    return () => {
      timers.forEach(clearTimeout);
      document.removeEventListener('keydown', onDown, true);
      document.removeEventListener('keyup', onUp, true);
      window.removeEventListener('blur', clear);
    };
  }, [drawing]);
}
