import { useCallback, useLayoutEffect, useRef } from 'react';
import type { LayoutId, TypingFact } from '../../keyboard';
import { useTypingReader } from './useTypingReader';

const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * The practice field: a real text field read by the typing reader, whose text and cursor belong to
 * the lesson. The browser's own editing is held back (every beforeinput, the caret keys), so the
 * screen shows what the lesson accepted; Tab still leaves the field. (The keyboard drawing shows
 * the keys held down by itself.)
 */
export function useLessonField<F extends HTMLInputElement | HTMLTextAreaElement>(
  layout: LayoutId,
  text: string,
  cursor: number,
  onFact: (fact: TypingFact) => void,
) {
  const field = useRef<F | null>(null);
  const readerRef = useTypingReader(layout, onFact);
  const wanted = useRef({ text, cursor });
  wanted.current = { text, cursor };

  // Put back the lesson's text and cursor (after a composition, a click in the field…).
  const restore = useCallback(() => {
    const element = field.current;
    if (!element) return;
    if (element.value !== wanted.current.text) element.value = wanted.current.text;
    if (element.selectionStart !== wanted.current.cursor || element.selectionEnd !== wanted.current.cursor) {
      element.setSelectionRange(wanted.current.cursor, wanted.current.cursor);
    }
  }, []);

  const ref = useCallback(
    (element: F | null) => {
      field.current = element;
      if (!element) return;
      const holdBack = (event: Event) => event.cancelable && event.preventDefault();
      // By `key`, not `code`: the keypad's arrows (Verr. Num off) move the caret too.
      const holdCaret = (event: Event) => {
        const { key, ctrlKey, metaKey } = event as KeyboardEvent;
        if (CARET_KEYS.has(key) && !ctrlKey && !metaKey) event.preventDefault();
      };
      element.addEventListener('beforeinput', holdBack);
      element.addEventListener('keydown', holdCaret);
      element.addEventListener('input', restore);
      element.addEventListener('compositionend', restore);
      // Read after holding back: a fact may end the step and unmount this field at once, and the
      // browser would then type the character into whatever field gets the focus next.
      const stopReading = readerRef(element);
      return () => {
        stopReading?.();
        element.removeEventListener('beforeinput', holdBack);
        element.removeEventListener('keydown', holdCaret);
        element.removeEventListener('input', restore);
        element.removeEventListener('compositionend', restore);
        field.current = null;
      };
    },
    [readerRef, restore],
  );

  useLayoutEffect(restore, [text, cursor, restore]);

  return { ref, field, restore };
}
