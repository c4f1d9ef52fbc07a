import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import { MENU_ITEMS, type MenuItem } from './machine';

interface ContextMenuProps {
  menuRef: Ref<HTMLDivElement>;
  label: string;
  place: CSSProperties;
  /** Take the focus when it opens: yes after the learner's own gesture, not after « Passer cette étape ». */
  takeFocus: boolean;
  onChoose: (item: MenuItem) => void;
  /** Tab leaves the menu, which closes it (as Windows does). */
  onLeave: () => void;
}

/**
 * The menu a right click opens, with the French words of Windows. It follows the ARIA menu
 * pattern: focus moves in, arrows move, Entrée chooses; Échap is handled by the view, wherever
 * the focus is.
 */
export function ContextMenu({ menuRef, label, place, takeFocus, onChoose, onLeave }: ContextMenuProps) {
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);
  // A finger that held the photo until the menu appeared lifts over the menu, and the browser
  // turns that lift into a click: only a press that began in the menu (or a key) chooses.
  const pressedInside = useRef(false);

  useEffect(() => {
    if (takeFocus) items.current[0]?.focus();
    // Only when the menu appears.
  }, []);

  const moveTo = (index: number) => {
    const next = (index + MENU_ITEMS.length) % MENU_ITEMS.length;
    setActive(next);
    items.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: MENU_ITEMS.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      onLeave();
    }
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      className="context-menu"
      dir="ltr"
      style={place}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        pressedInside.current = true;
      }}
    >
      {MENU_ITEMS.map((item, index) => (
        <button
          key={item}
          ref={(element) => {
            items.current[index] = element;
          }}
          type="button"
          role="menuitem"
          lang="fr"
          tabIndex={index === active ? 0 : -1}
          onFocus={() => setActive(index)}
          onClick={(event) => {
            if (event.detail === 0 || pressedInside.current) onChoose(item);
          }}
        >
          {item}
        </button>
      ))}
    </div>
  );
}
