/** Small drawings of each gesture, for the end screen (« Vous avez pratiqué : »). */
export const GESTURES = ['move', 'click', 'doubleClick', 'rightClick', 'drag', 'scroll', 'keys', 'type'] as const;
export type Gesture = (typeof GESTURES)[number];

const MOUSE = (
  <>
    <rect x="20" y="8" width="24" height="40" rx="12" />
    <path d="M32 8v14M20 22h24" />
  </>
);

const DRAWINGS: Record<Gesture, React.ReactNode> = {
  move: (
    <>
      {MOUSE}
      <path d="M6 28h8M50 28h8M10 24l-4 4 4 4M54 24l4 4-4 4" />
    </>
  ),
  click: (
    <>
      {MOUSE}
      <path d="M21 21V14a11 11 0 0 1 11-6v14z" fill="currentColor" />
      <path d="M10 56l4-4M18 58v-5" />
    </>
  ),
  doubleClick: (
    <>
      {MOUSE}
      <path d="M21 21V14a11 11 0 0 1 11-6v14z" fill="currentColor" />
      <path d="M8 54l4-4M14 58l3-5M46 54l4 4M50 48l5 2" />
    </>
  ),
  rightClick: (
    <>
      {MOUSE}
      <path d="M43 21V14a11 11 0 0 0-11-6v14z" fill="currentColor" />
      <rect x="46" y="34" width="14" height="20" rx="2" />
    </>
  ),
  drag: (
    <>
      <rect x="6" y="34" width="18" height="18" rx="2" />
      <path d="M24 43h22M40 37l6 6-6 6" />
      <rect x="44" y="10" width="16" height="14" rx="2" />
    </>
  ),
  scroll: (
    <>
      {MOUSE}
      <path d="M32 12v8" strokeWidth="6" />
      <path d="M54 14v34M50 18l4-4 4 4M50 44l4 4 4-4" />
    </>
  ),
  keys: (
    <>
      <rect x="6" y="18" width="22" height="22" rx="4" />
      <rect x="36" y="18" width="22" height="22" rx="4" />
      <path d="M12 50h40" />
    </>
  ),
  type: (
    <>
      <rect x="4" y="20" width="56" height="28" rx="4" />
      <path d="M12 30h4M22 30h4M32 30h4M42 30h4M18 40h28" />
    </>
  ),
};

export function GesturePicture({ gesture }: { gesture: Gesture }) {
  return (
    <svg className="gesture-picture" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round">
        {DRAWINGS[gesture]}
      </g>
    </svg>
  );
}
