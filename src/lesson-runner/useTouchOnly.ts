import { useSyncExternalStore } from 'react';

/** True on a device with no fine pointer (no mouse, no trackpad): a phone or a tablet. */
const QUERY = '(any-pointer: fine)';

/** One query object, made once (per `matchMedia`, which tests replace): React reads it on every render of the runner. */
let cached: { from: typeof matchMedia; query: MediaQueryList } | null = null;
function fineQuery(): MediaQueryList | null {
  if (typeof matchMedia !== 'function') return null;
  if (cached?.from !== matchMedia) cached = { from: matchMedia, query: matchMedia(QUERY) };
  return cached.query;
}

function subscribe(onChange: () => void) {
  const fine = fineQuery();
  fine?.addEventListener('change', onChange);
  return () => fine?.removeEventListener('change', onChange);
}

const touchOnlyNow = () => fineQuery()?.matches === false;

export function useTouchOnly(): boolean {
  return useSyncExternalStore(subscribe, touchOnlyNow, () => false);
}
