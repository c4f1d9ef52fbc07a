import { distance, type Point } from './geometry';

/** The double-click a lesson asks for: both presses within `ms` and `px` of each other. */
export interface DoubleClickWindow {
  ms: number;
  px: number;
}

export type PressVerdict =
  /** The first press of a possible double-click. */
  | { kind: 'first' }
  | { kind: 'double'; gapMs: number }
  /** A second press, but later than the window: it becomes the first press of a new try. */
  | { kind: 'tooSlow'; gapMs: number; by: 'aLittle' | 'aLot' }
  /** A second press in time, but the hand moved too far between them. */
  | { kind: 'tooFar'; px: number };

/**
 * Tells a double-click from two clicks, from the presses alone (the browser's own dblclick uses
 * the system's window, which is what a beginner cannot yet meet). A third press after a double
 * starts afresh; a press elsewhere is reported with `cancel()`.
 */
export function createDoubleClickTracker(window: () => DoubleClickWindow) {
  let first: (Point & { time: number }) | null = null;
  return {
    press(point: Point, time: number = performance.now()): PressVerdict {
      const previous = first;
      first = { ...point, time };
      if (!previous) return { kind: 'first' };
      const { ms, px } = window();
      const gapMs = Math.round(time - previous.time);
      if (gapMs > ms) return { kind: 'tooSlow', gapMs, by: gapMs > 2 * ms ? 'aLot' : 'aLittle' };
      const moved = distance(previous, point);
      if (moved > px) return { kind: 'tooFar', px: Math.round(moved) };
      first = null;
      return { kind: 'double', gapMs };
    },
    cancel() {
      first = null;
    },
  };
}

/** Windows from generous (a beginner's 1.2 s, 12 px) to what a normal computer expects (0.5 s). */
export const DOUBLE_CLICK_WINDOWS: readonly DoubleClickWindow[] = [
  { ms: 1200, px: 12 },
  { ms: 1000, px: 10 },
  { ms: 800, px: 8 },
  { ms: 650, px: 6 },
  { ms: 500, px: 5 },
];

export function doubleClickWindow(level: number, stretch = 1): DoubleClickWindow {
  const window = DOUBLE_CLICK_WINDOWS[Math.min(Math.max(level, 0), DOUBLE_CLICK_WINDOWS.length - 1)];
  return { ms: Math.round(window.ms * stretch), px: Math.round(window.px * stretch) };
}
