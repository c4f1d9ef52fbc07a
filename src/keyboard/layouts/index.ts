import type { KeyCode } from '../codes';
import { FR_AZERTY } from './fr-azerty';
import { US_QWERTY } from './us-qwerty';
import { isDead, type KeyChar, type KeyMapping, type KeyName, type Layout, type LayoutId } from './types';

export type { KeyChar, KeyMapping, KeyName, Layout, LayoutId } from './types';
export { isDead } from './types';

export const LAYOUTS: Readonly<Record<LayoutId, Layout>> = { 'fr-azerty': FR_AZERTY, 'us-qwerty': US_QWERTY };

export function getLayout(id: LayoutId): Layout {
  return LAYOUTS[id];
}

const isLetter = (keyChar: KeyChar | undefined): keyChar is string =>
  typeof keyChar === 'string' && keyChar.toLowerCase() !== keyChar.toUpperCase();

/** Whether Caps Lock turns this key's base level into its Shift level. */
export function capsLockShifts(layout: Layout, code: KeyCode): boolean {
  const mapping = layout.chars[code];
  if (!mapping?.shift || code.startsWith('Numpad')) return false;
  return layout.capsLock.kind === 'letters'
    ? isLetter(mapping.base) && mapping.shift === mapping.base.toUpperCase()
    : !layout.capsLock.except.includes(code);
}

export interface Modifiers {
  shift?: boolean;
  altGr?: boolean;
  capsLock?: boolean;
}

/** What a key types with these modifiers held (undefined: nothing, as Windows does). */
export function charAt(layout: Layout, code: KeyCode, { shift = false, altGr = false, capsLock = false }: Modifiers): KeyChar | undefined {
  const mapping = layout.chars[code];
  if (!mapping) return undefined;
  const shifted = shift !== (capsLock && capsLockShifts(layout, code));
  if (altGr) return shifted ? mapping.shiftAltGr : mapping.altGr;
  return shifted ? mapping.shift : mapping.base;
}

/** One character printed on a key cap; a dead key's accent is drawn on its own, waiting. */
export interface LegendChar {
  char: string;
  dead: boolean;
}

/** What to print on a key: one capital letter, or up to three characters, or the key's name. */
export type KeyLegend =
  | { kind: 'letter'; letter: string; altGr?: LegendChar }
  | { kind: 'chars'; shift?: LegendChar; base?: LegendChar; altGr?: LegendChar }
  | { kind: 'named'; name: KeyName }
  | { kind: 'blank' };

const legendChar = (keyChar: KeyChar | undefined): LegendChar | undefined =>
  keyChar === undefined ? undefined : isDead(keyChar) ? { char: keyChar.dead, dead: true } : { char: keyChar, dead: false };

/** The legend of a key as printed on this layout's keyboards: AZERTY Digit2 shows 2 over é, and ~ for Alt Gr. */
export function keyLegend(layout: Layout, code: KeyCode): KeyLegend {
  const name = layout.names[code];
  if (name) return { kind: 'named', name };
  const mapping: KeyMapping | undefined = layout.chars[code];
  if (!mapping) return { kind: 'blank' };
  if (isLetter(mapping.base) && mapping.shift === mapping.base.toUpperCase()) {
    return { kind: 'letter', letter: mapping.shift, altGr: legendChar(mapping.altGr) };
  }
  return { kind: 'chars', shift: legendChar(mapping.shift), base: legendChar(mapping.base), altGr: legendChar(mapping.altGr) };
}

/** The name a lesson says for a key: « Maj », « Entrée », or the character it types (« é »). */
export function keyName(layout: Layout, code: KeyCode): string {
  const legend = keyLegend(layout, code);
  if (legend.kind === 'named') return legend.name.name;
  if (legend.kind === 'letter') return legend.letter;
  if (legend.kind === 'chars') return (legend.base ?? legend.shift)?.char ?? code;
  return code;
}
