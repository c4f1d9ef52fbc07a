import type { Kind, Zone } from './machine';

/** Drawings that tell a photo from a letter without reading: a landscape, lines of writing. */
const DRAWINGS: Record<Kind | Zone, React.ReactNode> = {
  photo: (
    <>
      <rect x="6" y="12" width="52" height="40" rx="3" className="paper" />
      <circle cx="20" cy="24" r="5" className="warm" />
      <path d="M8 50l16-16 10 10 8-8 14 14z" className="green" />
    </>
  ),
  letter: (
    <>
      <path d="M14 6h26l12 12v40H14z" className="paper" />
      <path d="M40 6v12h12M21 28h22M21 36h22M21 44h16" />
    </>
  ),
  draft: (
    <>
      <path d="M14 6h26l12 12v40H14z" className="paper" />
      <path d="M21 30c4-6 8 6 12 0s8 6 12 0M21 42c4-6 8 6 12 0" />
    </>
  ),
  album: (
    <>
      <rect x="10" y="8" width="44" height="50" rx="4" className="paper" />
      <path d="M18 8v50" />
      <rect x="26" y="20" width="20" height="16" rx="2" />
      <path d="M27 35l6-6 4 4 3-3 5 5" />
    </>
  ),
  folder: (
    <>
      <path d="M6 16h18l5 6h29v32H6z" className="warm" />
      <path d="M6 26h52" />
    </>
  ),
  bin: (
    <>
      <path d="M14 18h36l-4 40H18z" className="paper" />
      <path d="M10 18h44M26 18v-6h12v6M26 28v22M38 28v22" />
    </>
  ),
};

export function Picture({ of, size }: { of: Kind | Zone; size: number | string }) {
  return (
    <svg className="glisser-picture" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      <g stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" fill="none">
        {DRAWINGS[of]}
      </g>
    </svg>
  );
}
