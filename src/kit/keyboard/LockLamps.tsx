import { memo } from 'react';
import type { Layout } from '../../keyboard';
import { keyName } from '../../keyboard';
import type { KeyboardWords } from './words';

/**
 * Verr. Maj and Verr. Num as the keyboard's own lamps show them: a lamp (filled when on, hollow
 * when off: not colour alone) and the key's printed name with the state in words.
 */
export const LockLamps = memo(function LockLamps({ layout, capsLock, numLock, words }: { layout: Layout; capsLock?: boolean; numLock?: boolean; words: KeyboardWords }) {
  const lamps = [
    { code: 'CapsLock' as const, on: capsLock },
    { code: 'NumLock' as const, on: numLock },
  ].filter((lamp): lamp is { code: 'CapsLock' | 'NumLock'; on: boolean } => lamp.on !== undefined);
  if (lamps.length === 0) return null;
  return (
    <ul className="osk-lamps">
      {lamps.map(({ code, on }) => (
        <li key={code} className="osk-lamp-item" data-on={on}>
          <span className="osk-lamp" aria-hidden="true" />
          <span>
            <bdi lang={layout.lang}>{keyName(layout, code)}</bdi>
            {'\u00a0: '}
            <bdi>{on ? words.on : words.off}</bdi>
          </span>
        </li>
      ))}
    </ul>
  );
});
