import type { TFunction } from 'i18next';

/**
 * The same `t`, with each plain text looked up once. A lesson's view asks for its fixed labels on
 * every render, that is on every key press, and i18next resolves each call afresh. Only calls with a
 * key alone are kept; a call with options (values to put in, a context…) goes to i18next each time.
 * Make a new one whenever `t` changes: react-i18next gives a new `t` when the language or the loaded
 * texts change, so nothing stale is kept.
 */
export function cachedT(t: TFunction): TFunction {
  const known = new Map<string, string>();
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const cached = (...args: unknown[]) => {
    const [key, options] = args;
    if (typeof key !== 'string' || options !== undefined || args.length > 2) return translate(...args);
    let text = known.get(key);
    if (text === undefined) {
      text = String(t(key));
      known.set(key, text);
    }
    return text;
  };
  return cached as unknown as TFunction;
}
