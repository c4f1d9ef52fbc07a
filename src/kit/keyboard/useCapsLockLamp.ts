import { useCallback, useState } from 'react';

/**
 * Caps Lock's lamp in a lesson that does not teach it, kept from one step to the next: unknown
 * (no lamp drawn) until the system reports it on, then on or off as it reports. Reported off from
 * the start, it stays undrawn: some systems always say off, and then the lamp would mislead.
 */
export function useCapsLockLamp(): [boolean | undefined, (on: boolean) => void] {
  const [lamp, setLamp] = useState<boolean | undefined>(undefined);
  const report = useCallback((on: boolean) => setLamp((known) => (known === undefined && !on ? undefined : on)), []);
  return [lamp, report];
}
