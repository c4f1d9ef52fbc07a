import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { getLayout, isKeyCode, keyLegend, keyName, type LayoutId, type TypingFact } from '../../keyboard';
import { useTypingReader } from './useTypingReader';

const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * The practice field: a real text field read by the typing reader, whose text and cursor belong to
 * the lesson. The browser's own editing is held back (every beforeinput, the caret keys), so the
 * screen shows what the lesson accepted; Tab still leaves the field. (The keyboard drawing shows
 * the keys held down by itself.)
 *
 * A key held down repeats on a computer (eeee, or Retour arrière erasing a whole word). Here it
 * counts once, so that a shaky hand resting on a key fills nothing; `held` then names the key, for
 * the lesson to say why nothing more happened, until the next key (or the field goes away).
 */
export function useLessonField<F extends HTMLInputElement | HTMLTextAreaElement>(
  layout: LayoutId,
  text: string,
  cursor: number,
  onFact: (fact: TypingFact) => void,
) {
  const field = useRef<F | null>(null);
  const [held, setHeld] = useState<string | null>(null);
  const holding = useRef(false);
  const lastChar = useRef<{ char: string; code: string | null } | null>(null);
  // Only a change is set: a key press costs no drawing for this.
  const setHolding = useCallback((name: string | null) => {
    if ((name !== null) === holding.current) return;
    holding.current = name !== null;
    setHeld(name);
  }, []);
  const readerRef = useTypingReader(layout, (fact) => {
    if (fact.kind === 'char') lastChar.current = fact;
    setHolding(fact.kind === 'repeat' ? heldName(layout, fact.code, lastChar.current) : null);
    onFact(fact);
  });
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
        // Kept on blur: a note that changed length under a press on « Passer cette étape » would move the button away.
        setHolding(null);
        element.removeEventListener('keydown', holdCaret);
        element.removeEventListener('input', restore);
        element.removeEventListener('compositionend', restore);
        field.current = null;
      };
    },
    [readerRef, restore, setHolding],
  );

  useLayoutEffect(restore, [text, cursor, restore]);

  return { ref, field, restore, held };
}

/**
 * The key held down, as printed on the learner's keyboard (« A », « Retour arrière », « Espace »),
 * or by the character it typed where the key prints several (1, not the & beside it on AZERTY).
 */
function heldName(layoutId: LayoutId, code: string, last: { char: string; code: string | null } | null) {
  if (!isKeyCode(code)) return code;
  const layout = getLayout(layoutId);
  const typed = last?.code === code && last.char.trim() !== '' ? last.char : null;
  return typed !== null && keyLegend(layout, code).kind === 'chars' ? typed : keyName(layout, code);
}
