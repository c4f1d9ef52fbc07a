import { createDoubleClickTracker, doubleClickWindow, dropZoneAt, isClickOn, isDrag, isLongPress, tolerancesFor } from '.';

describe('double-click tracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const tracker = (ms = 1200, px = 12) => createDoubleClickTracker(() => ({ ms, px }));

  it('counts two presses within the window as a double-click', () => {
    const double = tracker();
    expect(double.press({ x: 10, y: 10 })).toEqual({ kind: 'first' });
    vi.advanceTimersByTime(900);
    expect(double.press({ x: 14, y: 12 })).toEqual({ kind: 'double', gapMs: 900 });
  });

  it('tells a slow second press, and by how much, and makes it the start of a new try', () => {
    const double = tracker(800);
    double.press({ x: 0, y: 0 });
    vi.advanceTimersByTime(1000);
    expect(double.press({ x: 0, y: 0 })).toEqual({ kind: 'tooSlow', gapMs: 1000, by: 'aLittle' });
    vi.advanceTimersByTime(300);
    expect(double.press({ x: 0, y: 0 })).toEqual({ kind: 'double', gapMs: 300 });
  });

  it('calls a very slow second press « a lot » too slow', () => {
    const double = tracker(500);
    double.press({ x: 0, y: 0 });
    vi.advanceTimersByTime(5000);
    expect(double.press({ x: 0, y: 0 })).toMatchObject({ kind: 'tooSlow', by: 'aLot' });
  });

  it('refuses presses that moved too far apart, even in time', () => {
    const double = tracker(1200, 12);
    double.press({ x: 0, y: 0 });
    vi.advanceTimersByTime(200);
    expect(double.press({ x: 30, y: 0 })).toEqual({ kind: 'tooFar', px: 30 });
  });

  it('starts afresh on a third press after a double-click', () => {
    const double = tracker();
    double.press({ x: 0, y: 0 });
    vi.advanceTimersByTime(100);
    expect(double.press({ x: 0, y: 0 }).kind).toBe('double');
    vi.advanceTimersByTime(100);
    expect(double.press({ x: 0, y: 0 })).toEqual({ kind: 'first' });
  });

  it('forgets the first press when the learner clicks outside (cancel)', () => {
    const double = tracker();
    double.press({ x: 0, y: 0 });
    double.cancel();
    vi.advanceTimersByTime(100);
    expect(double.press({ x: 0, y: 0 })).toEqual({ kind: 'first' });
  });

  it('tightens from 1.2 s and 12 px towards 0.5 s, and stretches for shaky hands', () => {
    expect(doubleClickWindow(0)).toEqual({ ms: 1200, px: 12 });
    expect(doubleClickWindow(99)).toEqual({ ms: 500, px: 5 });
    expect(doubleClickWindow(-1)).toEqual({ ms: 1200, px: 12 });
    expect(doubleClickWindow(4, tolerancesFor({ shakyHands: true }).doubleClickStretch)).toEqual({ ms: 750, px: 8 });
  });
});

describe('press and release', () => {
  const target = { left: 100, top: 100, width: 60, height: 60 };

  it('counts a click whose release slid a little off the target', () => {
    expect(isClickOn(target, { x: 130, y: 130 }, { x: 165, y: 130 }, 8)).toBe(true);
    expect(isClickOn(target, { x: 130, y: 130 }, { x: 175, y: 130 }, 8)).toBe(false);
    expect(isClickOn(target, { x: 130, y: 130 }, { x: 175, y: 130 }, tolerancesFor({ shakyHands: true }).releaseMargin)).toBe(true);
  });

  it('never counts a press that started off the target', () => {
    expect(isClickOn(target, { x: 90, y: 130 }, { x: 130, y: 130 }, 24)).toBe(false);
  });

  it('tells a drag from a shake by the distance moved', () => {
    expect(isDrag({ x: 0, y: 0 }, { x: 6, y: 6 }, 10)).toBe(false);
    expect(isDrag({ x: 0, y: 0 }, { x: 12, y: 0 }, 10)).toBe(true);
  });

  it('knows a long press from a tap', () => {
    expect(isLongPress({ x: 0, y: 0, time: 0 }, { x: 3, y: 2, time: 700 }, 600, 10)).toBe(true);
    expect(isLongPress({ x: 0, y: 0, time: 0 }, { x: 3, y: 2, time: 300 }, 600, 10)).toBe(false);
    expect(isLongPress({ x: 0, y: 0, time: 0 }, { x: 40, y: 0, time: 900 }, 600, 10)).toBe(false);
  });
});

describe('drop zones', () => {
  const zones = [
    { id: 'album', rect: { left: 0, top: 0, width: 100, height: 100 } },
    { id: 'bin', rect: { left: 300, top: 0, width: 100, height: 100 } },
  ] as const;

  it('lands in the zone under the release point', () => {
    expect(dropZoneAt({ x: 50, y: 50 }, zones, 24)).toBe('album');
  });

  it('lands in the nearest zone when released slightly off', () => {
    expect(dropZoneAt({ x: 115, y: 50 }, zones, 24)).toBe('album');
    expect(dropZoneAt({ x: 285, y: 50 }, zones, 24)).toBe('bin');
  });

  it('returns nothing far from every zone: the item goes back home', () => {
    expect(dropZoneAt({ x: 200, y: 50 }, zones, 24)).toBeNull();
  });
});
