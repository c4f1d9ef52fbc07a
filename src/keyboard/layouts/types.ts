import type { KeyCode } from '../codes';

import type { LAYOUT_IDS } from './ids';

export type LayoutId = (typeof LAYOUT_IDS)[number];

/** What a key types at one level: a character, or a dead key named by its spacing accent (^ ¨ ` ~). */
export type KeyChar = string | { readonly dead: string };

/** The characters of one key: alone, with Shift, with Alt Gr, with Shift + Alt Gr. */
export interface KeyMapping {
  readonly base: KeyChar;
  readonly shift?: KeyChar;
  readonly altGr?: KeyChar;
  readonly shiftAltGr?: KeyChar;
}

/** A key without a character, named as it is printed on the learner's keyboard. */
export interface KeyName {
  /** The word said and written in instructions: « Retour arrière ». */
  readonly name: string;
  /** The word printed on the key, when there is one: « Verr. Maj ». */
  readonly short?: string;
  /** The sign printed on the key: ⇧, ←, ↵. */
  readonly symbol?: string;
}

export interface Layout {
  readonly id: LayoutId;
  /** How a learner recognises it, in the language of its key names. */
  readonly title: string;
  /** Language of the key names (they are shown as printed, never translated). */
  readonly lang: 'fr' | 'en';
  readonly chars: Readonly<Partial<Record<KeyCode, KeyMapping>>>;
  readonly names: Readonly<Partial<Record<KeyCode, KeyName>>>;
  /** Whether the right Alt is Alt Gr (a third level of characters) or a plain Alt. */
  readonly hasAltGr: boolean;
  /**
   * Where Caps Lock acts like Shift. On Windows AZERTY it is a shift lock for almost every key:
   * Verr. Maj + é gives 2, not É (KBDFR marks those keys CAPLOK).
   */
  readonly capsLock: { readonly kind: 'letters' } | { readonly kind: 'shiftLock'; readonly except: readonly KeyCode[] };
}

export const isDead = (keyChar: KeyChar | undefined): keyChar is { readonly dead: string } =>
  typeof keyChar === 'object' && keyChar !== null;
