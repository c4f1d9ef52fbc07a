import { useRef, useState, type PointerEvent } from 'react';
import { isDrag, type Point } from '../../src/kit/gestures';

interface DragOptions {
  /** From tolerancesFor(learner): a shaky press is not yet a drag. */
  dragStart: number;
  onMove: (point: Point) => void;
  onDrop: (point: Point) => void;
  /** A click (or Entrée) without dragging: picks the item up, the single-pointer way to move it. */
  onTap: () => void;
}

const pointOf = (event: PointerEvent) => ({ x: event.clientX, y: event.clientY });

/** Press, drag, release with mouse or finger; `at` is where the item is carried (null: at home). */
export function useDrag({ dragStart, onMove, onDrop, onTap }: DragOptions) {
  const press = useRef<Point | null>(null);
  const dragging = useRef(false);
  // After a drag the browser still sends a click to the captured item: that click is not a tap.
  const swallowClick = useRef(false);
  const [at, setAt] = useState<Point | null>(null);

  const end = () => {
    press.current = null;
    dragging.current = false;
    setAt(null);
  };

  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      swallowClick.current = false;
      if (event.button !== 0) return;
      // Captured, the release reaches the item even far from it (over a folder, outside the window).
      event.currentTarget.setPointerCapture?.(event.pointerId);
      press.current = pointOf(event);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (!press.current) return;
      const point = pointOf(event);
      if (!dragging.current && !isDrag(press.current, point, dragStart)) return;
      dragging.current = true;
      setAt(point);
      onMove(point);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (dragging.current) {
        swallowClick.current = true;
        onDrop(pointOf(event));
      }
      end();
    },
    onPointerCancel: end,
    onClick: () => {
      if (swallowClick.current) swallowClick.current = false;
      else onTap();
    },
  };
  return { at, handlers };
}
