import * as z from 'zod/mini';
import type { KeyValueStore } from '../storage/safeStorage';
import { validatedRecord } from '../storage/validatedRecord';

const count = z.int().check(z.gte(0), z.lte(10_000));
export const MAX_WEAK_KEYS = 12;
/** A character (a few code units at most), or a key's `KeyboardEvent.code` (« Backspace »). */
const weakKey = z.string().check(z.minLength(1), z.maxLength(12));

export const lessonResultSchema = z.object({
  completions: count,
  bestScore: z.int().check(z.gte(0), z.lte(100)),
  lastAttempts: count,
  lastCompletedAt: z.string(),
  /** Adaptive lessons: the level reached last time, to start from next time. */
  level: z.optional(z.int().check(z.gte(0), z.lte(100))),
});

/** Where a learner stopped: the lesson machine's state value and context, restored on « Continuer ». */
export const inProgressSchema = z.object({
  lessonId: z.string(),
  step: count,
  value: z.unknown(),
  context: z.unknown(),
});

export const progressSchema = z.object({
  version: z.literal(1),
  lessons: z.record(z.string(), lessonResultSchema),
  inProgress: z.nullable(inProgressSchema),
  /** Keys missed more than once in keyboard lessons, newest first (local only, a few). See LessonOutput. */
  weakKeys: z.optional(z.array(weakKey).check(z.maxLength(MAX_WEAK_KEYS))),
});

export type Progress = z.infer<typeof progressSchema>;
export type LessonResult = z.infer<typeof lessonResultSchema>;
export type InProgress = z.infer<typeof inProgressSchema>;

export const emptyProgress = (): Progress => ({ version: 1, lessons: {}, inProgress: null });

export const progressRecord = (store: KeyValueStore) =>
  validatedRecord(store, 'pas-a-pas.progress', progressSchema, emptyProgress);

export interface LessonOutcome {
  score: number;
  attempts: number;
  level?: number;
  weakKeys?: readonly string[];
  revisedKeys?: readonly string[];
}

/**
 * The weak keys kept after a lesson: those missed again first, then the earlier ones, less those
 * practised well in its revision; newest first, at most MAX_WEAK_KEYS.
 */
export function nextWeakKeys(stored: readonly string[] | undefined, outcome: Pick<LessonOutcome, 'weakKeys' | 'revisedKeys'>): string[] | undefined {
  if (!outcome.weakKeys && !outcome.revisedKeys) return stored ? [...stored] : undefined;
  const missed = outcome.weakKeys ?? [];
  const revised = new Set(outcome.revisedKeys ?? []);
  const earlier = (stored ?? []).filter((key) => !revised.has(key));
  return [...new Set([...missed, ...earlier])].slice(0, MAX_WEAK_KEYS);
}

/** Pure: the progress after a lesson is finished. Best score is kept; the in-progress marker goes. */
export function recordCompletion(progress: Progress, lessonId: string, outcome: LessonOutcome, now: Date): Progress {
  const previous = progress.lessons[lessonId];
  const result: LessonResult = {
    completions: Math.min((previous?.completions ?? 0) + 1, 10_000),
    bestScore: Math.max(previous?.bestScore ?? 0, Math.round(Math.min(Math.max(outcome.score, 0), 100))),
    lastAttempts: Math.min(Math.max(Math.round(outcome.attempts), 0), 10_000),
    lastCompletedAt: now.toISOString(),
    ...(outcome.level === undefined ? {} : { level: Math.min(Math.max(Math.round(outcome.level), 0), 100) }),
  };
  const weakKeys = nextWeakKeys(progress.weakKeys, outcome);
  return {
    ...progress,
    ...(weakKeys ? { weakKeys } : {}),
    lessons: { ...progress.lessons, [lessonId]: result },
    inProgress: progress.inProgress?.lessonId === lessonId ? null : progress.inProgress,
  };
}

export function recordStep(progress: Progress, inProgress: InProgress): Progress {
  return { ...progress, inProgress };
}

export function forgetInProgress(progress: Progress, lessonId: string): Progress {
  return progress.inProgress?.lessonId === lessonId ? { ...progress, inProgress: null } : progress;
}
