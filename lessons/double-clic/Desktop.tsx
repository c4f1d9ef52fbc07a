import type { Item } from './machine';

/** A yellow folder or a sheet of paper, as a desktop shows them. */
export function DeskIcon({ item }: { item: Item }) {
  return (
    <svg className="dc-icon" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      {item === 'photos' ? (
        <>
          <path className="dc-folder-back" d="M4 14a4 4 0 0 1 4-4h16l6 6h26a4 4 0 0 1 4 4v32a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4z" />
          <path className="dc-folder-front" d="M4 24h56v28a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4z" />
        </>
      ) : (
        <>
          <path className="dc-paper" d="M14 4h26l12 12v42a2 2 0 0 1-2 2H14a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
          <path className="dc-lines" d="M20 26h24M20 34h24M20 42h24M20 50h14" />
        </>
      )}
    </svg>
  );
}

/** Three holiday pictures, drawn: the sea, a flower, a house. */
function Pictures() {
  return (
    <div className="dc-pictures" aria-hidden="true">
      <svg viewBox="0 0 80 60" focusable="false">
        <rect className="dc-sky" width="80" height="60" />
        <circle className="dc-sun" cx="58" cy="18" r="9" />
        <path className="dc-sea" d="M0 38q10-6 20 0t20 0 20 0 20 0v22H0z" />
      </svg>
      <svg viewBox="0 0 80 60" focusable="false">
        <rect className="dc-grass" width="80" height="60" />
        <path className="dc-stem" d="M40 56V28" />
        <circle className="dc-petal" cx="40" cy="20" r="12" />
        <circle className="dc-heart" cx="40" cy="20" r="5" />
      </svg>
      <svg viewBox="0 0 80 60" focusable="false">
        <rect className="dc-sky" width="80" height="60" />
        <path className="dc-roof" d="M18 30l22-18 22 18z" />
        <rect className="dc-wall" x="24" y="30" width="32" height="26" />
        <rect className="dc-door" x="36" y="40" width="9" height="16" />
      </svg>
    </div>
  );
}

/** A fictional letter, in French like everything on this desktop. */
function Letter() {
  return (
    <div className="dc-letter">
      <p>Bonjour Louise,</p>
      <p>Merci pour les photos de la fête. Je viens dimanche, vers midi.</p>
      <p>À bientôt, Marcel</p>
    </div>
  );
}

/** The window that opens on a double-click: its title bar, then the folder's pictures or the letter. */
export function OpenWindow({ item, name }: { item: Item; name: string }) {
  return (
    <div className="dc-window" data-opened={item}>
      <p className="dc-window-title">{name}</p>
      <div className="dc-window-body">{item === 'photos' ? <Pictures /> : <Letter />}</div>
    </div>
  );
}
