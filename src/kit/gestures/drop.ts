import { distanceToRect, type Point, type Rect } from './geometry';

export interface DropZone<Id extends string = string> {
  id: Id;
  rect: Rect;
}

/**
 * Where a dragged item lands: the zone under the release point, or the nearest zone within
 * `margin` (releasing slightly off still counts). Null means it goes back where it came from:
 * a dropped item never vanishes.
 */
export function dropZoneAt<Id extends string>(point: Point, zones: readonly DropZone<Id>[], margin: number): Id | null {
  let best: { id: Id; gap: number } | null = null;
  for (const zone of zones) {
    const gap = distanceToRect(point, zone.rect);
    if (gap <= margin && (!best || gap < best.gap)) best = { id: zone.id, gap };
  }
  return best?.id ?? null;
}
