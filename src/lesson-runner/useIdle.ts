import { useEffect, useRef } from 'react';

/** Input that shows the learner is there. Moving the pointer alone does not: a lost learner wanders. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls onIdle after `ms` without input, then again every `ms`. The count restarts on input and
 * whenever `restartKey` changes (a new step, the end of a narration). `paused` holds it.
 */
export function useIdle(ms: number, onIdle: () => void, restartKey: string, paused: boolean) {
  const callback = useRef(onIdle);
  callback.current = onIdle;

  useEffect(() => {
    if (paused) return;
    // Input only notes the time (a key press must stay cheap); the one timer checks it when it rings.
    let lastInput = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const wait = (delay: number) => {
      timer = setTimeout(() => {
        const quiet = Date.now() - lastInput;
        if (quiet < ms) return wait(ms - quiet);
        callback.current();
        lastInput = Date.now();
        wait(ms);
      }, delay);
    };
    const onInput = () => {
      lastInput = Date.now();
    };
    wait(ms);
    ACTIVITY.forEach((type) => window.addEventListener(type, onInput, { capture: true, passive: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((type) => window.removeEventListener(type, onInput, { capture: true }));
    };
  }, [ms, restartKey, paused]);
}
