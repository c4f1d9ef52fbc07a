import { useRef, type MouseEvent, type PointerEvent } from 'react';
import { isClickOn, isLongPress, type Point, type Tolerances } from '../../src/kit/gestures';

interface FilePressOptions {
  tolerances: Tolerances;
  /** The right button, a finger held still, or the phone's own long-press menu. */
  onMenu: (file: string, at: Point) => void;
  /** A plain left click: the usual first mistake when a right-click is asked for. */
  onLeftClick: (file: string) => void;
}

type Press = Point & { time: number; button: number; touch: boolean; file: string };

/** Press and release on a file, told apart with the learner's tolerances. */
export function useFilePress({ tolerances, onMenu, onLeftClick }: FilePressOptions) {
  const press = useRef<Press | null>(null);

  return (file: string) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      // Captured, the release is ours even when a shaky hand slid off the file.
      event.currentTarget.setPointerCapture?.(event.pointerId);
      press.current = { x: event.clientX, y: event.clientY, time: event.timeStamp, button: event.button, touch: event.pointerType === 'touch', file };
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const start = press.current;
      press.current = null;
      if (start?.file !== file) return;
      const release = { x: event.clientX, y: event.clientY, time: event.timeStamp };
      const on = isClickOn(event.currentTarget.getBoundingClientRect(), start, release, tolerances.releaseMargin);
      if (start.touch ? isLongPress(start, release, tolerances.longPressMs, tolerances.dragStart) : on && start.button === 2) onMenu(file, release);
      else if (on && start.button === 0) onLeftClick(file);
    },
    onPointerCancel: () => {
      press.current = null;
    },
    onContextMenu: (event: MouseEvent) => {
      event.preventDefault();
      // A phone says « long press » itself, while the finger is still down.
      if (press.current?.touch && press.current.file === file) {
        press.current = null;
        onMenu(file, { x: event.clientX, y: event.clientY });
      }
    },
  });
}
