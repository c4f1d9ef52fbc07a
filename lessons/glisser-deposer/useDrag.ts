import { useRef, useState, type PointerEvent } from 'react';
import { isDrag, type Point } from '../../src/kit/gestures';

export interface DragFacts<Over> {
  /** The press became a drag: the thing is lifted. */
  onGrab: () => void;
  /** Let go after a drag, at this point of the viewport. */
  onDrop: (point: Point) => void;
  /** Let go before any drag: a click. */
  onReleaseEarly: () => void;
  /** What lies under the pointer while carrying (a place lights up). */
  overAt: (point: Point) => Over;
}

/**
 * Press, carry, let go with pointer events: a mouse and a finger alike. The pointer is captured,
 * so the thing keeps following a hand that runs ahead of it, and the release is never missed.
 */
export function useDrag<Over>(dragStart: number, facts: DragFacts<Over>) {
  const drag = useRef<{ pointerId: number; press: Point; started: boolean } | null>(null);
  const [pose, setPose] = useState<{ offset: Point; over: Over } | null>(null);

  const end = () => {
    drag.current = null;
    setPose(null);
  };

  const follow = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return null;
    const point = { x: event.clientX, y: event.clientY };
    // A shake smaller than dragStart is still a press; beyond it the thing is lifted.
    if (!current.started && isDrag(current.press, point, dragStart)) {
      current.started = true;
      facts.onGrab();
    }
    return { current, point };
  };

  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || drag.current) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      drag.current = { pointerId: event.pointerId, press: { x: event.clientX, y: event.clientY }, started: false };
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const moved = follow(event);
      if (!moved?.current.started) return;
      const { current, point } = moved;
      setPose({ offset: { x: point.x - current.press.x, y: point.y - current.press.y }, over: facts.overAt(point) });
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const moved = follow(event);
      if (!moved) return;
      end();
      if (moved.current.started) facts.onDrop(moved.point);
      else facts.onReleaseEarly();
    },
    onPointerCancel: end,
    onLostPointerCapture: () => {
      if (drag.current) end();
    },
  };

  /** Échap during a drag: the thing goes back, nothing is dropped. */
  const cancel = (element: HTMLElement | null) => {
    if (drag.current) element?.releasePointerCapture?.(drag.current.pointerId);
    end();
  };

  return { pose, handlers, cancel };
}
