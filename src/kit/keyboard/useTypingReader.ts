import { useCallback, useRef } from 'react';
import { createReader, read, READER_EVENT_TYPES, recordEvent, type LayoutId, type TypingFact } from '../../keyboard';

/**
 * Reads real typing in a real text field: keydown tells which key, input and composition events
 * which character, so dead keys (^ then e → ê), Alt Gr (Ctrl+Alt on Windows) and autorepeat behave
 * as on the learner's own machine. Returns a ref for the field; each fact goes to `onFact`.
 * (The sequences relied upon are recorded in src/keyboard/browser-events.md.)
 */
export function useTypingReader(layout: LayoutId, onFact: (fact: TypingFact) => void) {
  const callback = useRef(onFact);
  callback.current = onFact;

  return useCallback(
    (field: HTMLElement | null) => {
      if (!field) return;
      let state = createReader(layout);
      const listener = (event: Event) => {
        const recorded = recordEvent(event);
        if (!recorded) return;
        const result = read(state, recorded);
        state = result.state;
        result.facts.forEach((fact) => callback.current(fact));
      };
      READER_EVENT_TYPES.forEach((type) => field.addEventListener(type, listener));
      return () => READER_EVENT_TYPES.forEach((type) => field.removeEventListener(type, listener));
    },
    [layout],
  );
}
