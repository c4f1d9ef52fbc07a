/**
 * localStorage that never throws. Private browsing, a full disk or a kiosk policy can make every
 * call to localStorage fail; the lesson must still run, so we fall back to memory for the session.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  readonly persistent: boolean;
}

export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    persistent: false,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

export function browserStore(storage: () => Storage = () => window.localStorage): KeyValueStore {
  const fallback = memoryStore();
  let usable = true;
  try {
    const probe = '__pas-a-pas-probe__';
    storage().setItem(probe, probe);
    storage().removeItem(probe);
  } catch {
    usable = false;
  }
  const attempt = <T,>(action: () => T, orElse: () => T): T => {
    if (!usable) return orElse();
    try {
      return action();
    } catch {
      return orElse();
    }
  };
  return {
    persistent: usable,
    get: (key) => attempt(() => storage().getItem(key), () => fallback.get(key)),
    set: (key, value) => attempt(() => storage().setItem(key, value), () => fallback.set(key, value)),
    remove: (key) => attempt(() => storage().removeItem(key), () => fallback.remove(key)),
  };
}
