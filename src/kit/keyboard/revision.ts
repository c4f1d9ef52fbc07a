/**
 * The closing revision of a keyboard lesson, pure: which weak keys it takes up, and what it asks
 * to type. The lists stay short so that a lesson machine's context stays small and finite.
 */

/** Weak keys one revision practises, at most. */
export const MAX_REVISED = 3;
/** Each weak character is typed this many times in a row (« DDMM »), unless a lesson says otherwise. */
export const REVISION_REPEATS = 2;

/** Adds a key once, keeps the list short, and only keys the lesson can practise. */
export function withWeak(list: readonly string[], key: string | null | undefined, practisable: (key: string) => boolean): string[] {
  if (!key || !practisable(key) || list.includes(key) || list.length >= MAX_REVISED) return [...list];
  return [...list, key];
}

/** The weak keys remembered from earlier lessons (newest first) that this lesson can practise. */
export const weakFromInput = (weakKeys: readonly string[] | undefined, practisable: (key: string) => boolean) =>
  (weakKeys ?? []).reduce<string[]>((list, key) => withWeak(list, key, practisable), []);

/** What the revision asks to type: each weak character, `repeats` times. */
export const revisionText = (weak: readonly string[], repeats = REVISION_REPEATS) => weak.map((char) => char.repeat(repeats)).join('');
