import { compose, DEAD_ACCENTS, decompose } from './compose';
import type { TypingFact, TypingVia } from './facts';

/** A dead key waiting for the next key. */
export interface PendingDeadKey {
  /** Its spacing accent (^ ¨ ` ~), null when the layout is unknown. */
  accent: string | null;
  code: string | null;
  /** Seen first as a composition (Safari sends it before the keydown). */
  fromComposition: boolean;
}

/** Spacing accents a composition may show for a dead key on any system (´ on macOS, ' on US-International). */
const SPACING_ACCENTS: ReadonlySet<string> = new Set([...DEAD_ACCENTS, '´', '¸', 'ˇ', '˘', '˙', '˚', '˛', '˝', "'", '"']);

export const isSpacingAccent = (text: string) => SPACING_ACCENTS.has(text);

type CharFact = Extract<TypingFact, { kind: 'char' }>;

/**
 * The char facts of a text the browser typed. After a dead key, a text that starts with the
 * accent is the accent itself (dead key + space) maybe followed by a letter that did not compose
 * (^z); any other text is the composed letter (ê).
 */
export function charFacts(text: string, code: string | null, via: TypingVia, dead: PendingDeadKey | null): CharFact[] {
  const chars = [...text];
  if (!dead) return chars.map((char) => ({ kind: 'char', char, code, via }));
  const accent = dead.accent ?? (isSpacingAccent(chars[0] ?? '') ? chars[0] : null);
  if (accent !== null && chars[0] === accent) {
    const rest = via === 'composition' ? 'direct' : via;
    return [
      { kind: 'char', char: accent, code: dead.code, via: 'deadKey' },
      ...chars.slice(1).map((char): CharFact => ({ kind: 'char', char, code, via: rest })),
    ];
  }
  return chars.map((char) => ({ kind: 'char', char, code, via: 'deadKey' }));
}

/**
 * What a key typed when no input event said so (a target that is not a text field): its
 * KeyboardEvent.key, composed with a waiting dead key as Windows would.
 */
export function textFromKey(key: string, dead: PendingDeadKey | null): string {
  const accent = dead?.accent;
  if (!accent || key === accent || decompose(key)?.accent === accent) return key;
  return compose(accent, key);
}
