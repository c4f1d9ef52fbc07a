import { ITEM_SIZES, SERIES, ZONE_SIZES, sortingKind, type GlisserDeposerContext, type Kind, type Zone } from './machine';

/** A place in the practice area, in % of it (inline, block): it mirrors in a right-to-left page. */
export type Place = readonly [number, number];

export interface Scene {
  /** The thing to carry: `id` keeps the same element while it is held across a step change. */
  item: { id: string; name: string; kind: Kind; at: Place };
  zones: { zone: Zone; at: Place }[];
  itemSize: number;
  zoneSize: number;
}

export type Stage = 'hold' | 'carry' | 'sort' | 'bin';

/** French names, as on a real desktop. */
export const ZONE_NAMES: Record<Zone, string> = { album: 'Photos', folder: 'Courrier', bin: 'Corbeille' };
const SERIES_NAMES = ['Plage.jpg', 'Facture.pdf', 'Mairie.pdf', 'Mamie.jpg', 'Loyer.pdf', 'Jardin.jpg'] as const;

/**
 * Where each thing of the series appears and where the album and the folder wait. Each takes its
 * own third of the width, so nothing overlaps; later rounds put the right place farther away.
 */
const ROUNDS: readonly { item: Place; album: Place; folder: Place }[] = [
  { item: [50, 50], album: [14, 50], folder: [86, 50] },
  { item: [14, 28], album: [50, 72], folder: [86, 72] },
  { item: [86, 25], album: [50, 30], folder: [14, 75] },
  { item: [14, 75], album: [86, 22], folder: [50, 72] },
  { item: [50, 22], album: [86, 78], folder: [14, 78] },
  { item: [86, 80], album: [14, 20], folder: [50, 50] },
];

export function sceneOf(stage: Stage, context: GlisserDeposerContext): Scene {
  const sized = (level: number) => ({ itemSize: ITEM_SIZES[level], zoneSize: ZONE_SIZES[level] });
  if (stage === 'hold' || stage === 'carry') {
    return { item: { id: 'vacances', name: 'Vacances.jpg', kind: 'photo', at: [16, 50] }, zones: [{ zone: 'album', at: [82, 50] }], ...sized(0) };
  }
  if (stage === 'bin') {
    return { item: { id: 'brouillon', name: 'Brouillon.txt', kind: 'draft', at: [16, 50] }, zones: [{ zone: 'bin', at: [84, 50] }], ...sized(context.level) };
  }
  const round = Math.min(context.placed, SERIES.length - 1);
  const { item, album, folder } = ROUNDS[round];
  return {
    item: { id: `serie-${round}`, name: SERIES_NAMES[round], kind: sortingKind(context), at: item },
    zones: [
      { zone: 'album', at: album },
      { zone: 'folder', at: folder },
    ],
    ...sized(context.level),
  };
}

/** What each place already holds: what was put away never vanishes. */
export function contentsOf(zone: Zone, stage: Stage, placed: number): Kind[] {
  if (zone === 'bin') return [];
  const sorted = SERIES.slice(0, stage === 'sort' ? placed : 0).filter((kind) => (zone === 'album' ? kind === 'photo' : kind === 'letter'));
  return zone === 'album' && stage === 'sort' ? ['photo', ...sorted] : sorted;
}
