import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A value that can be read, and that says when it changes (a Live value, a machine's actor…). */
export interface Followed<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/** A value a few small parts of a view draw, set from a key handler without drawing the whole view again. */
export interface Live<T> extends Followed<T> {
  set(value: T): void;
}

export function createLive<T>(initial: T): Live<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The value, drawn again when it changes. Kept as state set from the value's own subscription: a
 * change made by a key press is drawn before the browser's next frame, without the effect that
 * useSyncExternalStore runs after each change (a task more per key press). `followed` must keep
 * its identity from one drawing to the next.
 */
export function useFollowed<T>(followed: Followed<T>): T {
  const [value, setValue] = useState(followed.get);
  useLayoutEffect(() => {
    const read = () => setValue(() => followed.get());
    read(); // in case it changed between the first drawing and this subscription
    return followed.subscribe(read);
  }, [followed]);
  return value;
}

/** A value worked out from a followed one: read through `pick`, and said to change when that one does. */
export function derived<S, T>(followed: Followed<S>, pick: (value: S) => T): Followed<T> {
  return { get: () => pick(followed.get()), subscribe: (listener) => followed.subscribe(listener) };
}

/** A value that never changes: for a part that follows a Live value when there is one, and a prop otherwise. */
export function fixed<T>(value: T): Followed<T> {
  return { get: () => value, subscribe: () => () => {} };
}

/**
 * Draws the value into an element outside React: at once when it is set (from a key handler, so
 * that it is in the very next frame with no React drawing at all), and again when `draw` changes.
 * React draws the element, empty, and never touches what `draw` puts in it (src/kit/dom.ts draws
 * it). `draw` must keep its identity while what it reads stays the same (useCallback).
 */
export function useDrawnInto<T, E extends Element>(followed: Followed<T>, draw: (element: E, value: T) => void): RefObject<E | null> {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const paint = () => draw(element, followed.get());
    paint();
    return followed.subscribe(paint);
  }, [followed, draw]);
  return ref;
}
