import { useSyncExternalStore } from 'react';

/** True on a device with no fine pointer (no mouse, no trackpad): a phone or a tablet. */
const QUERY = '(any-pointer: fine)';

function subscribe(onChange: () => void) {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const touchOnlyNow = () => typeof matchMedia === 'function' && !matchMedia(QUERY).matches;

export function useTouchOnly(): boolean {
  return useSyncExternalStore(subscribe, touchOnlyNow, () => false);
}
