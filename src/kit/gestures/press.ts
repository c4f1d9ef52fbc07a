import { distance, isInside, type Point, type Rect } from './geometry';

/**
 * A click counts when the press lands on the target and the release lands on it too, even if a
 * shaking hand moved in between or slid off by a little (`releaseMargin`).
 */
export function isClickOn(target: Rect, press: Point, release: Point, releaseMargin: number): boolean {
  return isInside(press, target) && isInside(release, target, releaseMargin);
}

/** A press that moved farther than `dragStart` is a drag, not a shaky click. */
export function isDrag(press: Point, current: Point, dragStart: number): boolean {
  return distance(press, current) > dragStart;
}

/** A press held long enough without moving much: the touch screen's way to open a menu. */
export function isLongPress(press: Point & { time: number }, release: Point & { time: number }, longPressMs: number, dragStart: number) {
  return release.time - press.time >= longPressMs && !isDrag(press, release, dragStart);
}
