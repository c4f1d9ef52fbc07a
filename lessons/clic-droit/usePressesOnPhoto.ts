import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { isClickOn, isLongPress, type Point, type Rect, type Tolerances } from '../../src/kit/gestures';

/** What the hands did in the practice area, told as facts; the view turns them into machine events. */
export interface PressFacts {
  /** A right press and release on the photo, or a finger held still on it. */
  onRightClick: (at: Point) => void;
  /** A left click, or a short tap, on the photo. */
  onLeftClick: () => void;
  /** A right click in the frame but off the photo. */
  onMissedRightClick: () => void;
  /** A press outside the open menu (which closes it, as on Windows). */
  onPressOutsideMenu: (touch: boolean) => void;
}

interface Press extends Point {
  time: number;
  /** performance.now() at the press, so that the long-press timer can tell how long the finger stayed. */
  clock: number;
  button: number;
  touch: boolean;
  onPhoto: boolean;
  /** This press closed an open menu: it counts as nothing else (but a new right click still opens it). */
  closedMenu: boolean;
  photo: Rect;
  last: Point;
  opened: boolean;
}

interface Options extends PressFacts {
  photo: RefObject<HTMLElement | null>;
  menu: RefObject<HTMLElement | null>;
  menuOpen: boolean;
  tolerances: Pick<Tolerances, 'releaseMargin' | 'longPressMs' | 'dragStart'>;
}

/**
 * Pointer handlers for the practice area: tells a right click (with the learner's release
 * margin), a left click, a miss, a finger's long press (which opens the menu under the still
 * finger, as on a phone) and a press that closes the menu. Mouse, pen and touch alike.
 */
export function usePressesOnPhoto({ photo, menu, menuOpen, tolerances, ...facts }: Options) {
  const { releaseMargin, longPressMs, dragStart } = tolerances;
  const press = useRef<Press | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const forget = () => {
    press.current = null;
    window.clearTimeout(timer.current);
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (menu.current?.contains(event.target as Node)) return;
    const touch = event.pointerType === 'touch';
    if (menuOpen) facts.onPressOutsideMenu(touch);
    const box = photo.current!.getBoundingClientRect();
    const point = { x: event.clientX, y: event.clientY };
    const held: Press = {
      ...point,
      time: event.timeStamp,
      clock: performance.now(),
      button: event.button,
      touch,
      onPhoto: photo.current!.contains(event.target as Node),
      closedMenu: menuOpen,
      photo: { left: box.left, top: box.top, width: box.width, height: box.height },
      last: point,
      opened: false,
    };
    press.current = held;
    // The release is judged by distance, so it must come back here even off the photo.
    event.currentTarget.setPointerCapture?.(event.pointerId);
    if (!touch || !held.onPhoto) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const time = held.time + Math.max(longPressMs, performance.now() - held.clock);
      if (press.current !== held || !isLongPress(held, { ...held.last, time }, longPressMs, dragStart)) return;
      held.opened = true;
      facts.onRightClick(held.last);
    }, longPressMs);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (press.current) press.current.last = { x: event.clientX, y: event.clientY };
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const held = press.current;
    forget();
    if (!held || held.opened) return;
    const release = { x: event.clientX, y: event.clientY, time: event.timeStamp };
    const onPhoto = held.onPhoto && isClickOn(held.photo, held, release, releaseMargin);
    if (held.touch) {
      if (held.onPhoto && isLongPress(held, release, longPressMs, dragStart)) facts.onRightClick(release);
      else if (onPhoto && !held.closedMenu) facts.onLeftClick();
    } else if (held.button === 2) {
      if (onPhoto) facts.onRightClick(release);
      else if (!held.closedMenu) facts.onMissedRightClick();
    } else if (held.button === 0 && onPhoto && !held.closedMenu) {
      facts.onLeftClick();
    }
  };

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: forget };
}
