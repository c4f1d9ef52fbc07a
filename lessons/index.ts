import type { LessonModule } from '../src/kit/lesson';
import type { LessonManifest } from '../src/kit/lessonManifest';

/**
 * The lesson registry: the one list of lessons, in catalogue order. Adding a lesson is one folder
 * and one line here; the content check fails on a folder without a line or a line without a folder.
 */
export const LESSON_IDS = ['premiers-clics', 'double-clic', 'clic-droit', 'glisser-deposer', 'faire-defiler', 'souris-en-pratique', 'touches-essentielles', 'lettres-et-mots', 'majuscules', 'accents', 'chiffres', 'caracteres-email', 'remplir-un-formulaire'] as const;

export type LessonId = (typeof LESSON_IDS)[number];

/**
 * What the catalogue and the runner need of each lesson.json, field by field so that the bundle
 * keeps only these (JSON named exports are tree-shaken): the mediator's tips load when asked for.
 */
export type LessonSummary = Pick<LessonManifest, 'id' | 'skill' | 'minutes' | 'devices' | 'gestures'>;
const field = <T,>(records: Record<string, T>, id: string): T => records[`./${id}/lesson.json`];
const skills = import.meta.glob<LessonSummary['skill']>('./*/lesson.json', { eager: true, import: 'skill' });
const minutes = import.meta.glob<LessonSummary['minutes']>('./*/lesson.json', { eager: true, import: 'minutes' });
const devices = import.meta.glob<LessonSummary['devices']>('./*/lesson.json', { eager: true, import: 'devices' });
const gestures = import.meta.glob<LessonSummary['gestures']>('./*/lesson.json', { eager: true, import: 'gestures' });
const modules = import.meta.glob<LessonModule>('./*/index.ts', { import: 'default' });
const locales = import.meta.glob<Record<string, unknown>>('./*/locales/*.json', { import: 'default' });

export function isLessonId(id: string | undefined): id is LessonId {
  return (LESSON_IDS as readonly string[]).includes(id ?? '');
}

export function lessonManifest(id: LessonId): LessonSummary {
  return { id, skill: field(skills, id), minutes: field(minutes, id), devices: field(devices, id), gestures: field(gestures, id) };
}

export const lessonManifests: readonly LessonSummary[] = LESSON_IDS.map(lessonManifest);

/** The lesson's machine and view, in a chunk of its own. */
export function loadLesson(id: LessonId): Promise<LessonModule> {
  return modules[`./${id}/index.ts`]();
}

/** The lesson's texts in one language, in a chunk of its own; rejects if that translation is missing. */
export function loadLessonLocale(id: string, lang: string): Promise<Record<string, unknown>> {
  const load = locales[`./${id}/locales/${lang}.json`];
  return load ? load() : Promise.reject(new Error(`No ${lang} texts for lesson ${id}`));
}

export function nextLessonId(id: LessonId): LessonId | null {
  return LESSON_IDS[LESSON_IDS.indexOf(id) + 1] ?? null;
}
