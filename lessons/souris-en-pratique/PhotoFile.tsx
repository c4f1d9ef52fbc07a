import type { Point } from '../../src/kit/gestures';
import { FileIcon } from './icons';
import { useDrag } from './useDrag';

export const PHOTO = 'Vacances.jpg';

/** The photo while it can be moved: dragged, or carried after a click or Entrée. */
export interface PhotoDrag {
  carrying: boolean;
  dragStart: number;
  onPickUp: () => void;
  onMove: (point: Point) => void;
  onDrop: (point: Point) => void;
}

export function PhotoFile({ photo }: { photo: PhotoDrag }) {
  const { at, handlers } = useDrag({ dragStart: photo.dragStart, onMove: photo.onMove, onDrop: photo.onDrop, onTap: photo.onPickUp });
  return (
    <li className="file-row">
      <button
        type="button"
        className={`file-button photo-file${at ? ' is-dragged' : ''}${photo.carrying ? ' is-carried' : ''}`}
        aria-pressed={photo.carrying}
        {...handlers}
      >
        <FileIcon kind="photo" />
        <span className="file-name">{PHOTO}</span>
      </button>
      {/* Drawn where the pointer is, in viewport px: the desktop is left to right in every language. */}
      {at && (
        <span className="drag-ghost" style={{ insetInlineStart: at.x, insetBlockStart: at.y }} aria-hidden="true">
          <FileIcon kind="photo" />
          {PHOTO}
        </span>
      )}
    </li>
  );
}
