import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createLive, derived, type Live, type Followed } from '../live';

/*
 * Feedback first, bookkeeping after: a wrong key is drawn by the key handler itself, into the few
 * parts that show it (values drawn outside React: src/kit/live.ts, useDrawnInto), and the lesson's
 * machine hears about it just after the frame that shows it. A key the lesson accepts still goes to
 * the machine at once: it moves the lesson on, and everything waiting goes before it. Measured on
 * the production build in Chromium with the CPU slowed 4× (npm run bench, lettres-et-mots): the
 * feedback's median is 2 to 4 ms behind a bare text field; it was 4.4 to 5.9 ms when every miss
 * drew the lesson's view again. caracteres-email and chiffres do the same (TypingPanel's
 * feedbackRef and liveWrong): their p95 went from 1.28–1.43× a bare field's to 1.03–1.12×.
 */

/** Longest wait for a frame: a hidden page draws none, and what waits must still reach the machine. */
const FRAME_WAIT_LIMIT_MS = 250;

/** Runs `job` once the next frame is drawn (a task queued from that frame's callback). Returns a cancel. */
export function afterNextFrame(job: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    job();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const limit = setTimeout(run, FRAME_WAIT_LIMIT_MS);
  function cancel() {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(limit);
  }
  return () => {
    done = true;
    cancel();
  };
}

export interface FrameSender<E> {
  /** For an event that does not move the lesson on (a miss): sent once the next frame is drawn. */
  later(event: E): void;
  /** Sent now, after everything waiting. */
  now(event: E): void;
}

/**
 * Sends the view's events to its machine, misses after the frame that shows them. `place` says
 * where the lesson stands (its step and item): a miss still waiting when the lesson has moved on
 * (a step skipped with the runner's button) is dropped, it was about a letter no longer asked.
 * Whatever waits when the view goes away is dropped too: the lesson is over.
 */
export function useSendAfterFrame<E>(send: (event: E) => void, place: string): FrameSender<E> {
  const placeNow = useRef(place);
  placeNow.current = place;
  const waiting = useRef<{ event: E; at: string }[]>([]);
  const cancel = useRef<(() => void) | null>(null);
  // An event just sent at once has moved the lesson on, and the view has not drawn it yet: what
  // the view judged a miss in the same key press (a second character of one input) may not be one.
  const moved = useRef(false);

  const flush = useCallback(() => {
    cancel.current?.();
    cancel.current = null;
    const events = waiting.current;
    waiting.current = [];
    events.forEach(({ event, at }) => at === placeNow.current && send(event));
  }, [send]);

  useEffect(
    () => () => {
      cancel.current?.();
      cancel.current = null;
      waiting.current = [];
    },
    [],
  );

  return useMemo(() => {
    const now = (event: E) => {
      flush();
      send(event);
      // Until the key press's own tasks are over: the machine judges what follows, in order.
      moved.current = true;
      queueMicrotask(() => void (moved.current = false));
    };
    const later = (event: E) => {
      if (moved.current) return now(event);
      waiting.current.push({ event, at: placeNow.current });
      cancel.current ??= afterNextFrame(flush);
    };
    return { later, now };
  }, [flush, send]);
}

/** A character typed, and where the lesson stood (its `place`) when it was. */
export interface HeardChar {
  char: string;
  code: string | null;
  at: string;
}

/**
 * What a view's key handler sets when it refuses a character (`heard`, null when it accepts one),
 * and the miss followed while the lesson stays where it was typed: a key accepted or a step moved
 * on and it is gone. The view draws it with useDrawnInto, before the machine hears of it.
 */
export function useHeardMiss(place: string): { heard: Live<HeardChar | null>; miss: Followed<HeardChar | null> } {
  const [heard] = useState(() => createLive<HeardChar | null>(null));
  const miss = useMemo(() => derived(heard, (typed) => (typed?.at === place ? typed : null)), [heard, place]);
  return { heard, miss };
}
