import { memo } from 'react';
import type { KeyGeometry, KeyLegend, LegendChar } from '../../keyboard';
import type { MarkState } from './keyStates';
import { svg, type Drawing } from '../dom';

/** Drawing units: one key unit is 60 SVG units; the SVG then scales to its box. */
export const UNIT = 60;
const GAP = 3;
const INSET = 10;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The key's outline, and the box its legends go in (the top part of the ISO Enter). */
function shape(key: KeyGeometry): { d: string; box: Box } {
  const x0 = key.x * UNIT + GAP;
  const y0 = key.y * UNIT + GAP;
  const x1 = (key.x + key.w) * UNIT - GAP;
  const y1 = (key.y + key.h) * UNIT - GAP;
  if (key.shape !== 'isoEnter') return { d: `M${x0} ${y0}H${x1}V${y1}H${x0}Z`, box: { x0, y0, x1, y1 } };
  const notchX = (key.x + 0.25) * UNIT + GAP;
  const firstRowEnd = (key.y + 1) * UNIT - GAP;
  return { d: `M${x0} ${y0}H${x1}V${y1}H${notchX}V${firstRowEnd}H${x0}Z`, box: { x0, y0, x1, y1: firstRowEnd } };
}

/** A named key's legend: as large as the key allows, between these sizes (drawing units; a letter is 28). */
const NAME_SIZE = 21;
const NAME_MIN = 14;
const NAME_INSET = 8;
const TWO_LINES_INSET = 5;

/**
 * Roughly how many ems a line of the keyboard's semibold sans-serif takes: enough to choose a size
 * that fits the key (the browser tests check every legend lies inside its key in Chromium).
 */
function ems(line: string): number {
  let width = 0;
  for (const char of line) width += /[ .,:;'!|iljftrI]/.test(char) ? 0.33 : /[mwMW]/.test(char) ? 0.92 : /[A-Z]/.test(char) ? 0.72 : 0.6;
  return width;
}

/** The largest size, up to NAME_SIZE, at which the widest line fits `room` drawing units (may be below NAME_MIN). */
const nameFit = (lines: readonly string[], room: number) => Math.min(NAME_SIZE, Math.floor(room / Math.max(1, ...lines.map(ems))));

const charClass = (legend: LegendChar, size: string) => `osk-char osk-${size}${legend.dead ? ' osk-dead' : ''}`;

function Legends({ legend, box, narrow }: { legend: KeyLegend; box: Box; narrow: boolean }) {
  const { x0, y0, x1, y1 } = box;
  const midX = (x0 + x1) / 2;
  const midY = (y0 + y1) / 2;
  switch (legend.kind) {
    case 'letter':
      return (
        <>
          <text className="osk-char osk-main" x={midX} y={midY} textAnchor="middle" dominantBaseline="central">{legend.letter}</text>
          {legend.altGr && <text className={charClass(legend.altGr, 'small')} x={x1 - INSET} y={y1 - INSET} textAnchor="end">{legend.altGr.char}</text>}
        </>
      );
    case 'chars':
      if (!legend.shift && !legend.altGr && legend.base) {
        return <text className={charClass(legend.base, 'main')} x={midX} y={midY} textAnchor="middle" dominantBaseline="central">{legend.base.char}</text>;
      }
      return (
        <>
          {legend.shift && <text className={charClass(legend.shift, 'medium')} x={x0 + INSET} y={y0 + 24}>{legend.shift.char}</text>}
          {legend.base && <text className={charClass(legend.base, 'medium')} x={x0 + INSET} y={y1 - INSET}>{legend.base.char}</text>}
          {legend.altGr && <text className={charClass(legend.altGr, 'small')} x={x1 - INSET} y={y1 - INSET} textAnchor="end">{legend.altGr.char}</text>}
        </>
      );
    case 'named': {
      const { short } = legend.name;
      // Narrow keys break « Verr. Num » over two lines, as the printed keys do, and then drop the sign.
      const lines = short ? (narrow ? short.split(' ') : [short]) : [];
      const symbol = lines.length > 1 ? undefined : legend.name.symbol;
      if (lines.length === 0) {
        // The space bar has neither.
        return symbol ? <text className="osk-symbol" x={midX} y={midY} textAnchor="middle" dominantBaseline="central">{symbol}</text> : null;
      }
      const width = x1 - x0;
      // Beside its sign the name starts at the key's edge, as printed; where it would then be too
      // small (the keypad's Entrée), the sign is left out.
      const sign = symbol && nameFit(lines, width - 2 * NAME_INSET) >= NAME_MIN ? symbol : undefined;
      if (!sign && lines.length === 1) {
        // Alone and centred, it may come nearer the edges.
        const size = Math.max(NAME_MIN, nameFit(lines, width - NAME_INSET));
        return <text className="osk-name" style={{ fontSize: size }} x={midX} y={midY} textAnchor="middle" dominantBaseline="central">{lines[0]}</text>;
      }
      const fontSize = Math.max(NAME_MIN, nameFit(lines, width - 2 * NAME_INSET));
      const lineHeight = Math.round(fontSize * 1.1);
      // Two lines sit lower: the top right corner keeps room for Verr. Num's lamp (KeyLamp).
      const bottom = lines.length > 1 ? y1 - TWO_LINES_INSET : y1 - NAME_INSET;
      return (
        <>
          {sign && <text className="osk-symbol osk-with-name" x={x0 + NAME_INSET} y={y0 + 17} dominantBaseline="central">{sign}</text>}
          <text className="osk-name" style={{ fontSize }} x={x0 + NAME_INSET} y={bottom - (lines.length - 1) * lineHeight}>
            {lines.map((line, index) => <tspan key={index} x={x0 + NAME_INSET} dy={index === 0 ? 0 : lineHeight}>{line}</tspan>)}
          </text>
        </>
      );
    }
    default:
      return null;
  }
}

export interface KeyCapProps {
  geometry: KeyGeometry;
  legend: KeyLegend;
}

/** One key as printed: its outline and legends. It never changes while the layout stays the same. */
export function KeyCap({ geometry, legend }: KeyCapProps) {
  const { d, box } = shape(geometry);
  return (
    <g className="osk-key" data-code={geometry.code}>
      <path className="osk-cap" d={d} />
      <Legends legend={legend} box={box} narrow={geometry.w <= 1} />
    </g>
  );
}

export interface KeyMarkProps {
  geometry: KeyGeometry;
  state: MarkState;
  /** The id of this state's pattern, unique to this keyboard on the page. */
  pattern: string;
}

/** The ✗ in the corner of a key pressed by mistake, drawn as two strokes (no font has to have it). */
const cross = ({ x1, y0 }: Box) => `M${x1 - 17} ${y0 + 5}l12 12m0 -12l-12 12`;

/** What a key shows on top of its print: the key to press, to hold or to lock. */
export const KeyMark = memo(function KeyMark({ geometry, state, pattern }: KeyMarkProps) {
  return (
    <g className="osk-mark" data-code={geometry.code} data-state={state}>
      <path className="osk-overlay" d={shape(geometry).d} fill={`url(#${pattern})`} />
    </g>
  );
});

/** A key's outline and ✗, drawn in the key's own box (its top-left corner at 0 0), for a layer moved onto it. */
function keyAtOrigin(geometry: KeyGeometry, content: (d: string, box: Box) => Drawing[]): Drawing {
  const { d, box } = shape({ ...geometry, x: 0, y: 0 });
  return svg('svg', { viewBox: `0 0 ${geometry.w * UNIT} ${geometry.h * UNIT}`, focusable: 'false' }, ...content(d, box));
}

/** The mark of a key pressed by mistake: the wrong key's hatching with a ✗ in its corner. */
export const wrongMarkDrawing = (geometry: KeyGeometry, pattern: string): Drawing =>
  keyAtOrigin(geometry, (d, box) => [svg('path', { class: 'osk-overlay', d, fill: `url(#${pattern})` }), svg('path', { class: 'osk-cross', d: cross(box) })]);

/** A key held down: drawn darker, with a thick border. */
export const pressMarkDrawing = (geometry: KeyGeometry): Drawing => keyAtOrigin(geometry, (d) => [svg('path', { class: 'osk-press-shape', d })]);

/**
 * Puts a layer (an element of `.osk-layers`, the size of the drawing) over one key of a board
 * `width` × `height` key units: its size is the key's, and it is moved there by a transform. A key
 * press then moves a layer the browser has already painted (wrong key, key held down), where
 * changing a shape inside the drawing's SVG had the browser restyle and repaint the marks. Chromium
 * traces at CPU ×4: the paint of a key press's frame went from 2.6 to 1.9 ms; the keystroke-to-frame
 * p95 stayed the same within the noise (the sentence and the ✗ / ✓ card still have to be laid out).
 */
export function placeLayer(layer: HTMLElement, geometry: KeyGeometry, width: number, height: number) {
  const { x, y, w, h, code } = geometry;
  const where = `${x} ${y} ${w} ${h} / ${width} ${height}`;
  if (placed.get(layer) !== where) {
    placed.set(layer, where);
    layer.style.width = `${(w / width) * 100}%`;
    layer.style.height = `${(h / height) * 100}%`;
    // A translation in percent is of the layer's own size: x / w of it is x key units.
    layer.style.transform = `translate(${(x / w) * 100}%, ${(y / h) * 100}%)`;
  }
  if (layer.getAttribute('data-code') !== code) layer.setAttribute('data-code', code);
}

/** Where each layer was last put: its style is written only when that changes. */
const placed = new WeakMap<HTMLElement, string>();

/**
 * The lamp of Verr. Maj or Verr. Num, on its key: filled when on, hollow when off. Tucked in the
 * top right corner, clear of « Verr. » on the narrow keypad key; the line under the drawing
 * (LockLamps) says the same in words.
 */
export function KeyLamp({ geometry, on }: { geometry: KeyGeometry; on: boolean }) {
  const { box } = shape(geometry);
  return <circle className="osk-key-lamp" data-code={geometry.code} data-on={on} cx={box.x1 - 7} cy={box.y0 + 7} r={4} />;
}
