/**
 * The field's text as the lesson holds it: what each key would do to it, the way a text box on a
 * Windows PC does. Pure, so the machine can judge a key before the text changes.
 */
export const EDIT_KEYS = ['Space', 'Enter', 'Backspace', 'Delete'] as const;
export const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
export type EditKey = (typeof EDIT_KEYS)[number];
export type MoveKey = (typeof MOVE_KEYS)[number];

export const isEditKey = (code: string): code is EditKey => (EDIT_KEYS as readonly string[]).includes(code);
export const isMoveKey = (code: string): code is MoveKey => (MOVE_KEYS as readonly string[]).includes(code);

/** The text after an editing key pressed with the cursor at `cursor`. */
export function applyEdit(text: string, cursor: number, key: EditKey): string {
  switch (key) {
    case 'Space':
      return `${text.slice(0, cursor)} ${text.slice(cursor)}`;
    case 'Enter':
      return `${text.slice(0, cursor)}\n${text.slice(cursor)}`;
    case 'Backspace':
      return cursor === 0 ? text : text.slice(0, cursor - 1) + text.slice(cursor);
    case 'Delete':
      return text.slice(0, cursor) + text.slice(cursor + 1);
  }
}

/** Where the cursor goes with an arrow. ↑ on the first line goes to the start, ↓ on the last to the end. */
export function moveCursor(text: string, cursor: number, key: MoveKey): number {
  if (key === 'ArrowLeft') return Math.max(cursor - 1, 0);
  if (key === 'ArrowRight') return Math.min(cursor + 1, text.length);
  const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
  const column = cursor - lineStart;
  if (key === 'ArrowUp') {
    if (lineStart === 0) return 0;
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    return Math.min(previousStart + column, lineStart - 1);
  }
  const lineEnd = text.indexOf('\n', cursor);
  if (lineEnd === -1) return text.length;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  return Math.min(lineEnd + 1 + column, nextEnd === -1 ? text.length : nextEnd);
}

/** A small text to put right: a fixed start, the text it should become, the keys that may do it. */
export interface Exercise {
  text: string;
  cursor: number;
  goal: string;
  keys: readonly EditKey[];
}

/** The places where one of the exercise's keys would put the text right, with that key. */
export function fixes(exercise: Exercise): { cursor: number; key: EditKey }[] {
  const found: { cursor: number; key: EditKey }[] = [];
  for (let cursor = 0; cursor <= exercise.text.length; cursor += 1) {
    for (const key of exercise.keys) if (applyEdit(exercise.text, cursor, key) === exercise.goal) found.push({ cursor, key });
  }
  return found;
}

/** The key that helps most from here: the one that puts the text right, or the arrow towards it. */
export function helpfulKey(exercise: Exercise, cursor: number): EditKey | MoveKey {
  const places = fixes(exercise);
  const here = places.find((place) => place.cursor === cursor);
  if (here) return here.key;
  const lineOf = (at: number) => exercise.text.slice(0, at).split('\n').length;
  const nearest = places.reduce((best, place) => (Math.abs(place.cursor - cursor) < Math.abs(best.cursor - cursor) ? place : best));
  if (lineOf(nearest.cursor) < lineOf(cursor)) return 'ArrowUp';
  if (lineOf(nearest.cursor) > lineOf(cursor)) return 'ArrowDown';
  return nearest.cursor < cursor ? 'ArrowLeft' : 'ArrowRight';
}
