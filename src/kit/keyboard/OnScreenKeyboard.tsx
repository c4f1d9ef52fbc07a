import { useCallback, useId, useMemo, useRef } from 'react';
import {
  board, charAt, fingerFor, getLayout, isDead, isKeyCode, keyLegend, keyName,
  type Cluster, type KeyCode, type Keystroke, type Layout, type LayoutId,
} from '../../keyboard';
import { KeyCap, KeyLamp, KeyMark, placeLayer, pressMarkDrawing, UNIT, wrongMarkDrawing } from './KeyCap';
import { keyStates, type KeyState } from './keyStates';
import { LockLamps } from './LockLamps';
import { PRESS_LAYERS, usePressedKeys } from './usePressedKeys';
import { fixed, useDrawnInto, type Followed } from '../live';
import { html, drawInto } from '../dom';
import { FRENCH_KEYBOARD_WORDS, type KeyboardWords } from './words';
import './OnScreenKeyboard.css';

export interface OnScreenKeyboardProps {
  layout: LayoutId;
  /** What the drawing says, written by the lesson: « Appuyez sur la touche ^ puis sur E ». */
  label: string;
  /** The key to press now, and what to hold with it. */
  highlight?: Keystroke | null;
  /** The code of a wrong key just pressed: shown beside the expected one. */
  wrong?: string | null;
  /** What that wrong key typed, when known: the comparison then names the modifier held (Maj + 0). */
  wrongTyped?: string | null;
  /** Lock states; a lamp is drawn only for a state the lesson knows. */
  capsLock?: boolean;
  numLock?: boolean;
  showNumpad?: boolean;
  /** Name the finger for the highlighted key. */
  finger?: boolean;
  words?: KeyboardWords;
  /**
   * The wrong key, followed from the lesson's key handler instead of `wrong` and `wrongTyped`: it is
   * then drawn in the next frame without drawing the rest of the keyboard again (see feedbackFirst.ts).
   */
  liveWrong?: Followed<WrongKey | null>;
}

/** A wrong key just pressed, and what it typed when known. */
export interface WrongKey {
  code: string;
  typed?: string | null;
}

const WITH_NUMPAD: Cluster[] = ['main', 'editing', 'arrows', 'numpad'];
const WITHOUT_NUMPAD: Cluster[] = ['main', 'editing', 'arrows'];
const STATES: KeyState[] = ['target', 'hold', 'lock', 'wrong'];

/** The names of a keystroke's keys, modifiers first: Maj + 5, Alt Gr + @. */
function strokeNames(layout: Layout, stroke: Keystroke): string[] {
  const typed = charAt(layout, stroke.code, { shift: stroke.shift, altGr: stroke.altGr });
  const main = layout.names[stroke.code] || typed === undefined ? keyName(layout, stroke.code) : isDead(typed) ? typed.dead : typed;
  return [
    stroke.capsLock && keyName(layout, 'CapsLock'),
    stroke.shift && keyName(layout, 'ShiftLeft'),
    stroke.altGr && keyName(layout, 'AltRight'),
    stroke.alt && keyName(layout, 'AltLeft'),
    main,
  ].filter((name): name is string => typeof name === 'string');
}

const MODIFIER_SETS = [
  { shift: false, altGr: false },
  { shift: true, altGr: false },
  { shift: false, altGr: true },
  { shift: true, altGr: true },
];

/**
 * The names of the wrong keystroke: the key as printed, with the modifier it was held with when
 * what it typed tells (Maj + 0: Maj with à). Letters keep their printed name alone: a capital may
 * come from Verr. Maj as well as from Maj. A code the layout does not know is shown as it is.
 */
function wrongNames(layout: Layout, wrong: string, typed: string | null | undefined): string[] {
  if (!isKeyCode(wrong)) return [wrong];
  const held = typed && !wrong.startsWith('Key') ? MODIFIER_SETS.find((modifiers) => charAt(layout, wrong, modifiers) === typed) : undefined;
  return held ? strokeNames(layout, { code: wrong, ...held }) : [keyName(layout, wrong)];
}

/** One side of the comparison: ✗ or ✓, then the key names joined as on a sheet of instructions (Maj + 5). */
const compareItem = (state: 'wrong' | 'target', mark: string, names: string[]) =>
  html(
    'span',
    { class: 'osk-compare-item', 'data-state': state },
    html('span', { class: 'osk-compare-mark' }, mark),
    ' ',
    ...names.flatMap((name, index) => [...(index > 0 ? [' + '] : []), html('kbd', {}, name)]),
  );

/** The wrong keystroke beside the expected one (✗ A   ✓ Alt Gr + à), written into `slot` outside React. */
function drawComparison(slot: Element, layout: Layout, wrong: WrongKey | null, highlight: Keystroke | null) {
  const sides = wrong && highlight ? { wrong: wrongNames(layout, wrong.code, wrong.typed), target: strokeNames(layout, highlight) } : null;
  drawInto(slot, sides ? [html('div', { class: 'osk-compare', 'aria-hidden': 'true' }, compareItem('wrong', '✗', sides.wrong), compareItem('target', '✓', sides.target))] : []);
}

/**
 * The learner's keyboard, drawn large: a visual aid, not buttons. The drawing is hidden from
 * assistive technologies; the figure says `label` instead. Always left to right, as the real
 * keyboard is, even on an Arabic page. Purely presentational: the lesson listens to keys; the
 * drawing only shows the keys held down (briefly after a quick tap), wherever the focus is.
 *
 * Drawn in layers: the printed board, drawn once per layout; above it the marks (key to press, to
 * hold, lock lamps), which change when the lesson moves on; and above those, the key held down and
 * the key pressed by mistake, each an element the browser paints once and then moves onto a key
 * (placeLayer). A key press moves those two, so on a slow library PC its feedback is in the next
 * frame. The wrong key's mark and the comparison below the drawing are written outside React
 * (useDrawnInto): a lesson that sets `liveWrong` from its key handler has them in the next frame
 * with no React drawing at all.
 */
export function OnScreenKeyboard(props: OnScreenKeyboardProps) {
  const { label, highlight = null, wrong = null, wrongTyped = null, liveWrong, capsLock, numLock, showNumpad = true, finger = false } = props;
  const words = props.words ?? FRENCH_KEYBOARD_WORDS;
  const layout = getLayout(props.layout);
  const prefix = `osk-${useId().replace(/[^\w-]/g, '')}`;
  const patterns = useMemo(() => Object.fromEntries(STATES.map((state) => [state, `${prefix}-${state}`])) as Record<KeyState, string>, [prefix]);
  const { keys, width, height } = useMemo(() => board(showNumpad ? WITH_NUMPAD : WITHOUT_NUMPAD), [showNumpad]);
  const viewBox = `0 0 ${width * UNIT} ${height * UNIT}`;
  // The print, the patterns and the (hidden) pressed marks are the same from one key press to the next.
  const print = useMemo(
    () => (
      <svg className="osk-board" viewBox={viewBox} aria-hidden="true" focusable="false">
        <defs>
          <pattern id={patterns.target} width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="12" className="osk-pattern-target" />
          </pattern>
          <pattern id={patterns.hold} width="12" height="12" patternUnits="userSpaceOnUse">
            <circle cx="6" cy="6" r="2.5" className="osk-pattern-hold" />
          </pattern>
          <pattern id={patterns.lock} width="12" height="12" patternUnits="userSpaceOnUse">
            <rect width="12" height="3" className="osk-pattern-hold" />
          </pattern>
          <pattern id={patterns.wrong} width="14" height="14" patternUnits="userSpaceOnUse">
            <path d="M0 0L14 14M14 0L0 14" className="osk-pattern-wrong" />
          </pattern>
        </defs>
        {keys.map((key) => <KeyCap key={key.code} geometry={key} legend={keyLegend(layout, key.code)} />)}
      </svg>
    ),
    [keys, layout, viewBox, patterns],
  );
  const byCode = useMemo(() => new Map(keys.map((key) => [key.code, key])), [keys]);
  const wrongKey = useMemo(() => liveWrong ?? fixed(wrong ? { code: wrong, typed: wrongTyped } : null), [liveWrong, wrong, wrongTyped]);
  // The wrong key's layer, moved onto the key (hidden, with no data-code, when there is none).
  const drawWrongMark = useCallback(
    (layer: HTMLDivElement, key: WrongKey | null) => {
      const geometry = key && byCode.get(key.code as KeyCode);
      if (!geometry) return layer.removeAttribute('data-code');
      placeLayer(layer, geometry, width, height);
      drawInto(layer, [wrongMarkDrawing(geometry, patterns.wrong)]);
    },
    [byCode, patterns, width, height],
  );
  const wrongLayer = useDrawnInto(wrongKey, drawWrongMark);
  const compareSlot = useDrawnInto(
    wrongKey,
    useCallback((slot: HTMLDivElement, key: WrongKey | null) => drawComparison(slot, layout, key, highlight), [layout, highlight]),
  );
  // Keyed by state, not by key: when the highlight moves, its marks move (no drawing removed and added).
  const counts = new Map<KeyState, number>();
  const stateMarks = [...keyStates(highlight)].flatMap(([code, state]) => {
    const geometry = byCode.get(code as KeyCode);
    // The wrong key wins: the learner must see what they pressed, beside what was expected.
    if (!geometry || code === wrong) return [];
    const nth = counts.get(state) ?? 0;
    counts.set(state, nth + 1);
    return [<KeyMark key={`${state}${nth}`} geometry={geometry} state={state} pattern={patterns[state]} />];
  });
  const layers = useRef<HTMLDivElement>(null);
  usePressedKeys(
    layers,
    useCallback(
      (layer: HTMLElement, code: string) => {
        const geometry = byCode.get(code as KeyCode);
        if (!geometry) return false;
        placeLayer(layer, geometry, width, height);
        drawInto(layer, [pressMarkDrawing(geometry)]);
        return true;
      },
      [byCode, width, height],
    ),
  );
  const lamps = keys.filter(({ code }) => (code === 'CapsLock' && capsLock !== undefined) || (code === 'NumLock' && numLock !== undefined));
  const fingerName = finger && highlight ? fingerFor(highlight.code) : null;

  return (
    <figure className="osk" dir="ltr" aria-label={label}>
      <div className="osk-drawing">
        {print}
        <svg className="osk-marks" viewBox={viewBox} aria-hidden="true" focusable="false">
          {stateMarks}
          {lamps.map((key) => <KeyLamp key={key.code} geometry={key} on={(key.code === 'CapsLock' ? capsLock : numLock)!} />)}
        </svg>
        {/* Above the marks: the keys held down (usePressedKeys) and the wrong key (drawWrongMark), not drawn by React. */}
        <div ref={layers} className="osk-layers" aria-hidden="true">
          {Array.from({ length: PRESS_LAYERS }, (_, index) => <div key={index} className="osk-layer osk-press" />)}
          <div ref={wrongLayer} className="osk-layer osk-mark" data-state="wrong" />
        </div>
      </div>
      <LockLamps layout={layout} capsLock={capsLock} numLock={numLock} words={words} />
      {/* Filled by drawComparison, not by React; it adds no box of its own to the figure. */}
      <div ref={compareSlot} className="osk-compare-slot" />
      {fingerName && (
        <p className="osk-finger">
          <span aria-hidden="true">☝</span> <bdi>{words.fingers[fingerName]}</bdi>
        </p>
      )}
    </figure>
  );
}
