import { useEffect, useRef, type RefObject } from 'react';

/** How long a key stays drawn as pressed after it comes up, so that a quick tap is seen (unless another key goes down first). */
export const PRESS_SHOWN_MS = 180;

/** Keys drawn held down at once, at most: Ctrl + Alt + Maj + a key is four. */
export const PRESS_LAYERS = 4;

/**
 * Draws the keys held down right now, wherever the focus is: the drawing shows Maj, Ctrl or Alt Gr
 * held too. Each is one of the `.osk-press` layers inside `layers`, which `place` moves onto the
 * key (false when the drawing has no such key); a layer drawn has `data-pressed`. Done outside
 * React, so that a key going down moves one layer, not the lesson nor the keyboard (the
 * keystroke-to-feedback time stays short). React never sets these attributes.
 */
export function usePressedKeys(layers: RefObject<Element | null>, place: (layer: HTMLElement, code: string) => boolean) {
  const placeNow = useRef(place);
  placeNow.current = place;
  useEffect(() => {
    // Keys up but still drawn down for a moment.
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    // The keys drawn down, each with its layer.
    const shown = new Map<string, HTMLElement>();
    // Drawn at the next frame, with whatever the lesson changes for the same key: the browser then
    // works out its styles once per key press, not once for the drawing and once for the lesson.
    const changes = new Map<string, boolean>();
    let frame = 0;
    const draw = () => {
      frame = 0;
      const lifted: HTMLElement[] = [];
      changes.forEach((down, code) => {
        const layer = shown.get(code);
        if (down || !layer) return;
        shown.delete(code);
        lifted.push(layer);
      });
      const inUse = new Set(shown.values());
      const free = () => [...(layers.current?.querySelectorAll<HTMLElement>('.osk-press') ?? [])].find((layer) => !inUse.has(layer) && !lifted.includes(layer));
      changes.forEach((down, code) => {
        if (!down || shown.has(code)) return;
        // A layer just lifted goes straight to the next key: typing on, one layer moves, none hides.
        const layer = lifted.pop() ?? free();
        if (!layer) return;
        if (!placeNow.current(layer, code)) return void lifted.push(layer);
        layer.setAttribute('data-pressed', '');
        shown.set(code, layer);
        inUse.add(layer);
      });
      lifted.forEach((layer) => layer.removeAttribute('data-pressed'));
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
      shown.forEach((layer) => layer.removeAttribute('data-pressed'));
      shown.clear();
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
  }, [layers]);
}
