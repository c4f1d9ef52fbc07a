import type { TFunction } from 'i18next';

/** Texts kept per `t`: a lesson uses a few dozen; past this many, the oldest half is dropped. */
const MAX_KEPT = 400;

type Value = string | number | boolean | undefined;
const isPlainValue = (value: unknown): value is Value => value === undefined || ['string', 'number', 'boolean'].includes(typeof value);

/** The call as a key for the cache, or null when it cannot be kept (an option that is an object, a function…). */
function callKey(key: unknown, options: unknown, extra: number): string | null {
  if (typeof key !== 'string' || extra > 0) return null;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return null;
  const entries = Object.entries(options);
  if (!entries.every(([, value]) => isPlainValue(value))) return null;
  return `${key}\u0000${entries.map(([name, value]) => `${name}=${typeof value}:${String(value)}`).join('\u0000')}`;
}

/**
 * The same `t`, with each text looked up once. A lesson's view asks for its labels on every
 * render, that is on every key press (« Vous avez tapé x. Il fallait a »), and i18next resolves
 * each call afresh: on a slow PC that is a good part of the time between a key and its feedback.
 * Kept: a key alone, or a key with plain values (strings, numbers, true/false), when the text is a
 * string; anything else (objects, details) goes to i18next each time. Make a new one whenever `t`
 * changes: react-i18next gives a new `t` when the language or the loaded texts change, so nothing
 * stale is kept.
 */
export function cachedT(t: TFunction): TFunction {
  const known = new Map<string, string>();
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const cached = (...args: unknown[]) => {
    const [key, options] = args;
    const id = callKey(key, options, args.length - 2);
    if (id === null) return translate(...args);
    let text = known.get(id);
    if (text === undefined) {
      const result = translate(...args);
      if (typeof result !== 'string') return result;
      if (known.size >= MAX_KEPT) [...known.keys()].slice(0, MAX_KEPT / 2).forEach((old) => known.delete(old));
      text = result;
      known.set(id, text);
    }
    return text;
  };
  return cached as unknown as TFunction;
}
