import type { TFunction } from 'i18next';

/**
 * The same `t`, giving a text's variant for this learner when the lesson wrote one: `key_qwerty`
 * (an i18next context) for a US keyboard, whose keys are printed Shift, Caps Lock, Backspace…
 * A text without that variant is given as before, and so is a call that names its own context
 * (a mouse lesson's « touchez »).
 */
export function variantT(t: TFunction, context: string): TFunction {
  const translate = t as unknown as (key: unknown, options?: unknown) => unknown;
  const withVariant = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const plainOptions = options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options));
    if (typeof key !== 'string' || rest.length > 0 || !plainOptions || (options && 'context' in options)) {
      return (t as unknown as (...args: unknown[]) => unknown)(key, options, ...rest);
    }
    const details = translate(key, { ...(options as object), context, returnDetails: true }) as { exactUsedKey?: string; res?: unknown };
    const used = details.exactUsedKey ?? '';
    // With a count, i18next adds the plural form after the context (key_qwerty_one).
    return used === `${key}_${context}` || used.startsWith(`${key}_${context}_`) ? details.res : translate(key, options);
  };
  return withVariant as unknown as TFunction;
}
