/** What caracteres-email asks to type: fixed texts, so the machine's context stays small and finite. */
import * as kit from '../../src/kit/keyboard/revision';

export const TEXTS = {
  at: '@@@',
  dot: 'exemple.fr',
  dash: 'jean-luc',
  underscore: 'luc_martin',
  address: 'marie.dupont@exemple.fr',
  address2: 'jean-luc_martin@exemple.fr',
} as const;

/** The signs the lesson teaches: only these can become weak keys here. */
export const DRILL_CHARS = '@.-_';
/** Each weak character is typed this many times in the revision. */
const REVISION_REPEATS = 3;

export type Step = keyof typeof TEXTS | 'revision';

/** The last step: each weak character, three times (« @@@... »). */
export const revisionText = (weak: readonly string[]) => kit.revisionText(weak, REVISION_REPEATS);

export const textOf = (step: Step, weak: readonly string[]) => (step === 'revision' ? revisionText(weak) : TEXTS[step]);

/**
 * The weak characters the revision practised, once typed to its end (output.revisedKeys). With weak
 * characters the lesson always ends with it, and it takes them all; a skip leaves `pos` short of its text.
 */
export const revisedChars = ({ weak, pos }: { weak: readonly string[]; pos: number }) => (pos >= revisionText(weak).length ? [...weak] : []);

const practised = (char: string) => DRILL_CHARS.includes(char);

/** Adds a character once, keeps the list short (only the lesson's own signs). */
export const withWeak = (list: readonly string[], char: string | undefined) => kit.withWeak(list, char, practised);

/** The weak keys kept from earlier lessons that this lesson can practise. */
export const weakFromInput = (weakKeys: readonly string[] | undefined) => kit.weakFromInput(weakKeys, practised);
