/** Our own small drawings for the practice desktop (never an operating system's icons). */
export type IconKind = 'folder' | 'photo' | 'text' | 'pdf' | 'sheet';

const DRAWINGS: Record<IconKind, React.ReactNode> = {
  folder: <path d="M4 14a4 4 0 0 1 4-4h14l5 5h29a4 4 0 0 1 4 4v29a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4z" className="icon-folder" />,
  photo: (
    <>
      <rect x="6" y="10" width="52" height="44" rx="4" className="icon-paper" />
      <circle cx="22" cy="24" r="6" className="icon-sun" />
      <path d="M8 50l16-16 10 10 8-8 14 14z" className="icon-hill" />
    </>
  ),
  text: (
    <>
      <path d="M14 4h26l12 12v44H14z" className="icon-paper" />
      <path d="M21 26h22M21 34h22M21 42h16" className="icon-lines" />
    </>
  ),
  pdf: (
    <>
      <path d="M14 4h26l12 12v44H14z" className="icon-paper" />
      <rect x="18" y="30" width="30" height="14" rx="2" className="icon-label" />
    </>
  ),
  sheet: (
    <>
      <path d="M14 4h26l12 12v44H14z" className="icon-paper" />
      <path d="M20 26h26v22H20zM20 37h26M33 26v22" className="icon-lines" />
    </>
  ),
};

export function FileIcon({ kind, className = 'file-icon' }: { kind: IconKind; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      {DRAWINGS[kind]}
    </svg>
  );
}

export function iconFor(name: string): IconKind {
  if (name.endsWith('.jpg')) return 'photo';
  if (name.endsWith('.pdf')) return 'pdf';
  if (name.endsWith('.ods')) return 'sheet';
  return 'text';
}
