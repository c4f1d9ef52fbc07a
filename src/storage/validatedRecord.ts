import * as z from 'zod/mini';
import type { KeyValueStore } from './safeStorage';

export type ReadResult<T> =
  | { value: T; status: 'empty' | 'ok' }
  /** The stored value was corrupt, from an unknown version, or unreadable: it has been reset. */
  | { value: T; status: 'reset' };

/**
 * One JSON value in storage, always read through its schema. Anything that does not match is
 * replaced by the fallback (and reported as 'reset' so the app can tell the learner, kindly).
 */
export function validatedRecord<S extends z.ZodMiniType>(
  store: KeyValueStore,
  key: string,
  schema: S,
  fallback: () => z.infer<S>,
) {
  return {
    read(): ReadResult<z.infer<S>> {
      const raw = store.get(key);
      if (raw === null) return { value: fallback(), status: 'empty' };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      const result = schema.safeParse(parsed);
      if (result.success) return { value: result.data as z.infer<S>, status: 'ok' };
      store.remove(key);
      return { value: fallback(), status: 'reset' };
    },
    write(value: z.infer<S>): void {
      store.set(key, JSON.stringify(value));
    },
    clear(): void {
      store.remove(key);
    },
  };
}
