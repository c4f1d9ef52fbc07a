import { useEffect, useState } from 'react';

/** The keys held down right now (by code), so the keyboard drawing shows Ctrl or Maj held too. */
export function usePressedKeys(): readonly string[] {
  const [pressed, setPressed] = useState<readonly string[]>([]);
  useEffect(() => {
    const down = (event: KeyboardEvent) => setPressed((keys) => (keys.includes(event.code) ? keys : [...keys, event.code]));
    const up = (event: KeyboardEvent) => setPressed((keys) => keys.filter((code) => code !== event.code));
    // A key released while the page was not looking (Alt+Tab away) must not stay drawn down.
    const clear = () => setPressed([]);
    document.addEventListener('keydown', down, true);
    document.addEventListener('keyup', up, true);
    window.addEventListener('blur', clear);
    return () => {
      document.removeEventListener('keydown', down, true);
      document.removeEventListener('keyup', up, true);
      window.removeEventListener('blur', clear);
    };
  }, []);
  return pressed;
}
