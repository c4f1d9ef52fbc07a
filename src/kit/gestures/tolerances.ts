import type { Learner } from '../lesson';

/** How forgiving gestures are. « Mes mains tremblent » widens every one of them. */
export interface Tolerances {
  /** A press may end this far (CSS px) outside its target and still count as a click there. */
  releaseMargin: number;
  /** Movement (px) after a press before it becomes a drag rather than a shaky click. */
  dragStart: number;
  /** A dropped item lands in a zone it was released this close to (px). */
  dropMargin: number;
  /** How much longer and farther a double-click's two presses may be than the lesson's level says. */
  doubleClickStretch: number;
  /** A press held this long (ms) is a long press (the touch screen's right-click). */
  longPressMs: number;
}

const STEADY: Tolerances = { releaseMargin: 8, dragStart: 10, dropMargin: 24, doubleClickStretch: 1, longPressMs: 600 };
const SHAKY: Tolerances = { releaseMargin: 24, dragStart: 24, dropMargin: 56, doubleClickStretch: 1.5, longPressMs: 600 };

export function tolerancesFor(learner: Pick<Learner, 'shakyHands'>): Tolerances {
  return learner.shakyHands ? SHAKY : STEADY;
}
