import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Point } from '../../src/kit/gestures';
import type { MenuItem } from './machine';

/** The menu's words are the real screen's, in French in every language. */
const ITEMS: readonly [MenuItem, string][] = [
  ['ouvrir', 'Ouvrir'],
  ['copier', 'Copier'],
  ['renommer', 'Renommer'],
];

interface ContextMenuProps {
  /** Where it opens, in px from the window's top left corner (the window is always left to right). */
  at: Point;
  label: string;
  /** Opened by the learner (right-click, Menu key): focus goes into it. Opened by « Passer »: focus stays. */
  takeFocus: boolean;
  onPick: (item: MenuItem) => void;
  onClose: () => void;
}

/** A menu as the ARIA pattern has it: arrows move, Entrée picks, Échap closes; Tab may leave it. */
export function ContextMenu({ at, label, takeFocus, onPick, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (takeFocus) items()[0]?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: list.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      list[(moves[event.key] + list.length) % list.length].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <ul
      ref={menu}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={{
        insetInlineStart: `clamp(0px, ${Math.round(at.x)}px, calc(100% - 12rem))`,
        insetBlockStart: `clamp(0px, ${Math.round(at.y)}px, calc(100% - 10rem))`,
      }}
      onKeyDown={onKeyDown}
    >
      {ITEMS.map(([item, word], index) => (
        <li key={item} role="none">
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            tabIndex={index === active ? 0 : -1}
            onFocus={() => setActive(index)}
            onClick={() => onPick(item)}
          >
            {word}
          </button>
        </li>
      ))}
    </ul>
  );
}
