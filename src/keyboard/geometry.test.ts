// @vitest-environment node
import { KEY_CODES } from './codes';
import { board, KEYS, type KeyGeometry } from './geometry';

/** The rectangles a key covers; the ISO Enter is an L of two. */
function rects(key: KeyGeometry) {
  if (key.shape !== 'isoEnter') return [key];
  return [
    { x: key.x, y: key.y, w: key.w, h: 1 },
    { x: key.x + 0.25, y: key.y + 1, w: key.w - 0.25, h: 1 },
  ];
}

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('ISO 105 geometry', () => {
  it('places every key code exactly once', () => {
    expect(KEYS.map((key) => key.code).sort()).toEqual([...KEY_CODES].sort());
  });

  it('ends every main row at 15 key units, the width of the main block', () => {
    for (let row = 0; row < 5; row++) {
      const inRow = KEYS.filter((key) => key.cluster === 'main').flatMap(rects).filter((rect) => rect.y === row);
      const ends = inRow.map((rect) => rect.x + rect.w);
      expect(Math.max(...ends), `row ${row}`).toBe(15);
    }
  });

  it('never draws two keys on the same spot', () => {
    const all = KEYS.flatMap((key) => rects(key).map((rect) => ({ ...rect, code: key.code })));
    const clashes = all.flatMap((a, i) => all.slice(i + 1).filter((b) => a.code !== b.code && overlap(a, b)).map((b) => `${a.code}/${b.code}`));
    expect(clashes).toEqual([]);
  });

  it('has the ISO keys: Backslash left of Enter on the home row, IntlBackslash beside the left Shift', () => {
    const at = (code: string) => KEYS.find((key) => key.code === code)!;
    expect(at('Backslash')).toMatchObject({ y: 2, x: 12.75 });
    expect(at('IntlBackslash')).toMatchObject({ y: 3, x: 1.25 });
    expect(at('ShiftLeft').w).toBe(1.25);
    expect(at('Enter')).toMatchObject({ y: 1, h: 2, shape: 'isoEnter' });
  });

  it('keeps the keypad apart, so a small screen can leave it out', () => {
    expect(board(['main', 'editing', 'arrows'])).toMatchObject({ width: 18.5, height: 5 });
    expect(board(['main', 'editing', 'arrows', 'numpad']).width).toBe(23);
    expect(board(['main']).keys.some((key) => key.code.startsWith('Numpad') || key.code.startsWith('Arrow'))).toBe(false);
  });
});
