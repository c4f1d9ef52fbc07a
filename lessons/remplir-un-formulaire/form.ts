/**
 * The fictional form and its « fiche d'exercice »: pure data and checks, shared by the view, the
 * drive and the tests. Nothing here is ever stored: the fields live in the page, not in progress.
 */
export const FIELDS = ['nom', 'prenom', 'ville', 'telephone'] as const;
export type FieldId = (typeof FIELDS)[number];

/** The labels the form shows (French practice content, left to right on every page). */
export const LABELS: Record<FieldId, string> = { nom: 'Nom', prenom: 'Prénom', ville: 'Ville', telephone: 'Téléphone' };

/** A fictional person: nothing here belongs to the learner. */
export const FICHE: Record<FieldId, string> = {
  nom: 'DUPONT',
  prenom: 'Marie',
  ville: 'Clermont-Ferrand',
  // Without spaces, so that one double-click selects the whole number.
  telephone: '0612345678',
};

/** « Ville » arrives filled with one wrong letter, to be fixed with the cursor and Retour arrière. */
export const VILLE_WITH_TYPO = 'Clermond-Ferrand';
/** Where the cursor must stand to erase the wrong « d » with Retour arrière: just after it. */
export const TYPO_CARET = 8;

/** Half-way through the fix in either order: the « d » erased, or the « t » typed first. */
const VILLE_ON_THE_WAY = new Set([VILLE_WITH_TYPO, 'Clermon-Ferrand', 'Clermondt-Ferrand', 'Clermontd-Ferrand']);

export type FieldStatus = 'complete' | 'onTrack' | 'mistake';

/** A phone number is the same with or without spaces, as most forms accept it. */
const normalise = (field: FieldId, value: string) => (field === 'telephone' ? value.replace(/\s+/g, '') : value);

export function fieldStatus(field: FieldId, value: string): FieldStatus {
  const wanted = FICHE[field];
  const typed = normalise(field, value);
  if (typed === wanted) return 'complete';
  if (wanted.startsWith(typed) || (field === 'ville' && VILLE_ON_THE_WAY.has(value))) return 'onTrack';
  return 'mistake';
}

/** The first place where the field differs from the fiche: what is there, and what should be. */
export function firstDifference(field: FieldId, value: string): { typed: string; expected: string | null } | null {
  const wanted = [...FICHE[field]];
  const typed = [...normalise(field, value)];
  const index = typed.findIndex((char, position) => char !== wanted[position]);
  return index === -1 ? null : { typed: typed[index], expected: wanted[index] ?? null };
}

/** The next character to type when the field is on track (null when complete or astray). */
export function nextChar(field: FieldId, value: string): string | null {
  if (fieldStatus(field, value) !== 'onTrack') return null;
  return [...FICHE[field]][[...normalise(field, value)].length] ?? null;
}
