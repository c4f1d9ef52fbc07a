/** What chiffres asks to type: fixed texts, so the machine's context stays small and finite. */
import * as kit from '../../src/kit/keyboard/revision';

/** Guided steps: each character is checked as it comes. */
export const TEXTS = {
  topRow: '123',
  keypad: '75019',
  phone: '06 12 34 56 78',
  date: '14/07/2025',
} as const;

/** A fictional « numéro fiscal »: 13 digits, typed freely, then checked (count, then digits). */
export const TAX_NUMBER = '1234567890123';
/** The tax field takes a few digits too many, so that « en trop » can be seen and corrected. */
export const TAX_MAX = TAX_NUMBER.length + 3;

/** Characters the lesson practises: only these can become weak keys here. */
export const DRILL_CHARS = '0123456789/';
/** Each weak character is typed this many times in the revision. */
const REVISION_REPEATS = 2;

export type GuidedStep = keyof typeof TEXTS | 'revision';

export const isDigit = (char: string) => /^[0-9]$/.test(char);

/** The last step: each weak character, twice (« 11// »). */
export const revisionText = (weak: readonly string[]) => kit.revisionText(weak, REVISION_REPEATS);

export const textOf = (step: GuidedStep, weak: readonly string[]) => (step === 'revision' ? revisionText(weak) : TEXTS[step]);

/**
 * The weak characters the revision practised, once typed to its end (output.revisedKeys). With weak
 * characters the lesson always ends with it, and it takes them all; a skip leaves `pos` short of its text.
 */
export const revisedChars = ({ weak, pos }: { weak: readonly string[]; pos: number }) => (pos >= revisionText(weak).length ? [...weak] : []);

const practised = (char: string) => DRILL_CHARS.includes(char);

/** Adds a character once, keeps the list short (only the lesson's own characters). */
export const withWeak = (list: readonly string[], char: string | undefined) => kit.withWeak(list, char, practised);

/** The weak keys kept from earlier lessons that this lesson can practise. */
export const weakFromInput = (weakKeys: readonly string[] | undefined) => kit.weakFromInput(weakKeys, practised);

/**
 * What the tax check says: the first digit that differs (1-based; whatever the count, the learner
 * erases back to it), else digits missing, digits in excess, or nothing wrong.
 */
export function taxCheck(typed: string): { kind: 'missing' | 'extra' | 'different' | 'right'; count: number } {
  const first = [...typed].slice(0, TAX_NUMBER.length).findIndex((char, index) => char !== TAX_NUMBER[index]);
  if (first !== -1) return { kind: 'different', count: first + 1 };
  if (typed.length < TAX_NUMBER.length) return { kind: 'missing', count: TAX_NUMBER.length - typed.length };
  if (typed.length > TAX_NUMBER.length) return { kind: 'extra', count: typed.length - TAX_NUMBER.length };
  return { kind: 'right', count: 0 };
}
