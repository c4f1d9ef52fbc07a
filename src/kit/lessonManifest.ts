import * as z from 'zod/mini';
import { GESTURES } from './GesturePicture';

/** lesson.json: a lesson's data (content is data, behaviour is code). */
export const SKILLS = ['mouse', 'keyboard', 'email', 'portal'] as const;
export const DEVICES = ['mouse', 'keyboard', 'touch'] as const;

export const lessonManifestSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case')),
  skill: z.enum(SKILLS),
  level: z.int().check(z.gte(1), z.lte(5)),
  minutes: z.int().check(z.gte(1), z.lte(30)),
  devices: z.array(z.enum(DEVICES)).check(z.minLength(1)),
  mastery: z.object({
    /** Done once the final state is reached; mastered once the score reaches minScore. */
    minScore: z.int().check(z.gte(0), z.lte(100)),
  }),
  /** What the end screen draws under « Vous avez pratiqué ». */
  gestures: z.array(z.enum(GESTURES)).check(z.minLength(1)),
  /** For the volunteer mediator, in French. */
  mediatorTips: z.array(z.string().check(z.minLength(1))),
});

export type LessonManifest = z.infer<typeof lessonManifestSchema>;
export type Skill = (typeof SKILLS)[number];
