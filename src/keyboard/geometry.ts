import type { KeyCode } from './codes';

/**
 * Where each key sits on an ISO 105-key PC board (the French library PC), in key units: a letter
 * key is 1 × 1. Row 0 is the digit row; the function row is not drawn. Clusters are separate so
 * that a view can leave out the numeric keypad on a small screen.
 */
export type Cluster = 'main' | 'editing' | 'arrows' | 'numpad';

export interface KeyGeometry {
  code: KeyCode;
  cluster: Cluster;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The ISO Enter is an upside-down L: 1.5 wide on row 1, 1.25 wide on row 2. */
  shape?: 'isoEnter';
}

type Row = readonly (readonly [KeyCode, number])[];

// Main block rows as (code, width); x is the running sum, so every row ends at 15.
const MAIN_ROWS: readonly Row[] = [
  [['Backquote', 1], ['Digit1', 1], ['Digit2', 1], ['Digit3', 1], ['Digit4', 1], ['Digit5', 1], ['Digit6', 1], ['Digit7', 1], ['Digit8', 1], ['Digit9', 1], ['Digit0', 1], ['Minus', 1], ['Equal', 1], ['Backspace', 2]],
  [['Tab', 1.5], ['KeyQ', 1], ['KeyW', 1], ['KeyE', 1], ['KeyR', 1], ['KeyT', 1], ['KeyY', 1], ['KeyU', 1], ['KeyI', 1], ['KeyO', 1], ['KeyP', 1], ['BracketLeft', 1], ['BracketRight', 1]],
  [['CapsLock', 1.75], ['KeyA', 1], ['KeyS', 1], ['KeyD', 1], ['KeyF', 1], ['KeyG', 1], ['KeyH', 1], ['KeyJ', 1], ['KeyK', 1], ['KeyL', 1], ['Semicolon', 1], ['Quote', 1], ['Backslash', 1]],
  [['ShiftLeft', 1.25], ['IntlBackslash', 1], ['KeyZ', 1], ['KeyX', 1], ['KeyC', 1], ['KeyV', 1], ['KeyB', 1], ['KeyN', 1], ['KeyM', 1], ['Comma', 1], ['Period', 1], ['Slash', 1], ['ShiftRight', 2.75]],
  [['ControlLeft', 1.25], ['MetaLeft', 1.25], ['AltLeft', 1.25], ['Space', 6.25], ['AltRight', 1.25], ['MetaRight', 1.25], ['ContextMenu', 1.25], ['ControlRight', 1.25]],
];

function rowKeys(row: Row, y: number): KeyGeometry[] {
  let x = 0;
  return row.map(([code, w]) => {
    const key: KeyGeometry = { code, cluster: 'main', x, y, w, h: 1 };
    x += w;
    return key;
  });
}

const at = (code: KeyCode, cluster: Cluster, x: number, y: number, w = 1, h = 1): KeyGeometry => ({ code, cluster, x, y, w, h });

export const KEYS: readonly KeyGeometry[] = [
  ...MAIN_ROWS.flatMap(rowKeys),
  { code: 'Enter', cluster: 'main', x: 13.5, y: 1, w: 1.5, h: 2, shape: 'isoEnter' },
  at('Insert', 'editing', 15.5, 0), at('Home', 'editing', 16.5, 0), at('PageUp', 'editing', 17.5, 0),
  at('Delete', 'editing', 15.5, 1), at('End', 'editing', 16.5, 1), at('PageDown', 'editing', 17.5, 1),
  at('ArrowUp', 'arrows', 16.5, 3),
  at('ArrowLeft', 'arrows', 15.5, 4), at('ArrowDown', 'arrows', 16.5, 4), at('ArrowRight', 'arrows', 17.5, 4),
  at('NumLock', 'numpad', 19, 0), at('NumpadDivide', 'numpad', 20, 0), at('NumpadMultiply', 'numpad', 21, 0), at('NumpadSubtract', 'numpad', 22, 0),
  at('Numpad7', 'numpad', 19, 1), at('Numpad8', 'numpad', 20, 1), at('Numpad9', 'numpad', 21, 1), at('NumpadAdd', 'numpad', 22, 1, 1, 2),
  at('Numpad4', 'numpad', 19, 2), at('Numpad5', 'numpad', 20, 2), at('Numpad6', 'numpad', 21, 2),
  at('Numpad1', 'numpad', 19, 3), at('Numpad2', 'numpad', 20, 3), at('Numpad3', 'numpad', 21, 3), at('NumpadEnter', 'numpad', 22, 3, 1, 2),
  at('Numpad0', 'numpad', 19, 4, 2), at('NumpadDecimal', 'numpad', 21, 4),
];

const byCode = new Map(KEYS.map((key) => [key.code, key]));

export function keyGeometry(code: KeyCode): KeyGeometry {
  return byCode.get(code)!;
}

/** The keys of the chosen clusters and the box they fill, in key units. */
export function board(clusters: readonly Cluster[]): { keys: KeyGeometry[]; width: number; height: number } {
  const keys = KEYS.filter((key) => clusters.includes(key.cluster));
  return {
    keys,
    width: Math.max(...keys.map((key) => key.x + key.w)),
    height: Math.max(...keys.map((key) => key.y + key.h)),
  };
}
