import type { Skill } from '../kit/lessonManifest';

/** A simple drawing of each skill, so that the catalogue can be read without reading. */
const DRAWINGS: Record<Skill, React.ReactNode> = {
  mouse: (
    <>
      <rect x="16" y="6" width="32" height="52" rx="16" />
      <path d="M32 6v18M16 24h32" />
    </>
  ),
  keyboard: (
    <>
      <rect x="4" y="16" width="56" height="32" rx="5" />
      <path d="M12 26h4M22 26h4M32 26h4M42 26h4M52 26h0M12 34h4M22 34h4M32 34h4M42 34h4M18 41h28" />
    </>
  ),
  email: (
    <>
      <rect x="6" y="14" width="52" height="36" rx="4" />
      <path d="M6 18l26 18 26-18" />
    </>
  ),
  portal: (
    <>
      <rect x="6" y="10" width="52" height="40" rx="4" />
      <path d="M6 20h52M14 30h20M14 38h28M22 58h20M32 50v8" />
    </>
  ),
};

export function SkillPictogram({ skill }: { skill: Skill }) {
  return (
    <svg className="pictogram" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round">
        {DRAWINGS[skill]}
      </g>
    </svg>
  );
}
