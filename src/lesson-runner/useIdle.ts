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
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        callback.current();
        arm();
      }, ms);
    };
    arm();
    ACTIVITY.forEach((type) => window.addEventListener(type, arm, { capture: true, passive: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((type) => window.removeEventListener(type, arm, { capture: true }));
    };
  }, [ms, restartKey, paused]);
}
