import { useEffect, type RefObject } from 'react';

/** How long a key stays drawn as pressed after it comes up, so that a quick tap is seen (unless another key goes down first). */
export const PRESS_SHOWN_MS = 180;

/**
 * Marks the keys held down right now (`data-pressed` on the drawing's `.osk-press` mark whose
 * `data-code` is the key's code), wherever the focus is: the drawing shows Maj, Ctrl or Alt Gr held
 * too. Done on the drawing's own elements, outside React, so that a key going down redraws one
 * mark, not the lesson nor the keyboard (the keystroke-to-feedback time stays short). React never
 * sets this attribute.
 */
export function usePressedKeys(drawing: RefObject<Element | null>) {
  useEffect(() => {
    // Keys up but still drawn down for a moment.
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    // Looked up once per key, not on every press (the drawing's marks stay the same elements).
    const marks = new Map<string, Element>();
    const markOf = (code: string) => {
      const known = marks.get(code);
      if (known?.isConnected) return known;
      const found = drawing.current?.querySelector(`.osk-press[data-code="${CSS.escape(code)}"]`);
      if (found) marks.set(code, found);
      return found;
    };
    // Drawn at the next frame, with whatever the lesson changes for the same key: the browser then
    // works out its styles once per key press, not once for the drawing and once for the lesson.
    const changes = new Map<string, boolean>();
    let frame = 0;
    const draw = () => {
      frame = 0;
      changes.forEach((down, code) => markOf(code)?.toggleAttribute('data-pressed', down));
      changes.clear();
    };
    const mark = (code: string, down: boolean) => {
      changes.set(code, down);
      frame ||= requestAnimationFrame(draw);
    };
    const release = (code: string) => {
      clearTimeout(timers.get(code));
      timers.delete(code);
      mark(code, false);
    };
    const onDown = ({ code }: KeyboardEvent) => {
      if (!code) return;
      // A key tapped a moment ago gives way to this one, in the same frame: when typing goes on,
      // no frame is drawn only to lift a key (on a slow PC it would hold up the next key's feedback).
      timers.forEach((_, tapped) => release(tapped));
      mark(code, true);
    };
    const onUp = ({ code }: KeyboardEvent) => {
      if (code) timers.set(code, setTimeout(() => release(code), PRESS_SHOWN_MS));
    };
    // A key released while the page was not looking (Alt+Tab away) must not stay drawn down.
    const clear = () => {
      timers.forEach(clearTimeout);
      timers.clear();
      changes.clear();
      drawing.current?.querySelectorAll('[data-pressed]').forEach((key) => key.removeAttribute('data-pressed'));
    };
    document.addEventListener('keydown', onDown, true);
    document.addEventListener('keyup', onUp, true);
    window.addEventListener('blur', clear);
    return () => {
      cancelAnimationFrame(frame);
      timers.forEach(clearTimeout);
      document.removeEventListener('keydown', onDown, true);
      document.removeEventListener('keyup', onUp, true);
      window.removeEventListener('blur', clear);
    };
  }, [drawing]);
}
