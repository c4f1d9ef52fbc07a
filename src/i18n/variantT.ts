import type { TFunction } from 'i18next';

/** What i18next tells of a text it gave (`returnDetails`). */
export interface TextDetails {
  res: unknown;
  usedLng: string;
  exactUsedKey: string;
}

/**
 * A text in the first of `contexts` (i18next contexts, most specific first: `qwerty`, `touch`)
 * that the lesson wrote for it, in the learner's language, else the text itself. With a count,
 * i18next puts the plural form after the context (key_qwerty_one).
 */
export function variantDetails(t: TFunction, key: string, contexts: readonly string[], options: object = {}): TextDetails {
  const lookup = t as unknown as (key: string, options: object) => TextDetails;
  for (const context of contexts) {
    const details = lookup(key, { ...options, context, returnDetails: true });
    const used = details.exactUsedKey;
    if (used === `${key}_${context}` || used.startsWith(`${key}_${context}_`)) return details;
  }
  return lookup(key, { ...options, returnDetails: true });
}

/**
 * The same `t`, giving a text's variant for this learner when the lesson wrote one: `key_qwerty`
 * (an i18next context) for a US keyboard, whose keys are printed Shift, Caps Lock, Backspace…
 * A text without that variant is given as before, and so is a call that names its own context
 * (a mouse lesson's « touchez »).
 */
export function variantT(t: TFunction, context: string): TFunction {
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const withVariant = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const plainOptions = options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options));
    if (typeof key !== 'string' || rest.length > 0 || !plainOptions || (options && 'context' in options)) return translate(key, options, ...rest);
    return variantDetails(t, key, [context], options).res;
  };
  return withVariant as unknown as TFunction;
}
