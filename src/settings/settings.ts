import * as z from 'zod/mini';
import { LANGUAGE_CODES } from '../i18n/languages';
import { LAYOUT_IDS } from '../keyboard/layouts/ids';
import type { KeyValueStore } from '../storage/safeStorage';
import { validatedRecord } from '../storage/validatedRecord';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export const SPEEDS = [0.8, 1, 1.2] as const;

export const settingsSchema = z.object({
  version: z.literal(1),
  language: z.nullable(z.enum(LANGUAGE_CODES)),
  textSize: z.enum(TEXT_SIZES),
  narration: z.boolean(),
  volume: z.number().check(z.gte(0), z.lte(1)),
  speed: z.number().check(z.gte(0.5), z.lte(2)),
  /** « Mes mains tremblent »: every gesture tolerance is widened. Optional: added after version 1 shipped. */
  shakyHands: z.optional(z.boolean()),
  /** The learner's physical keyboard, detected or asked once. Optional: added after version 1 shipped. */
  keyboardLayout: z.optional(z.enum(LAYOUT_IDS)),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => ({
  version: 1,
  language: null,
  textSize: 'normal',
  narration: true,
  volume: 0.9,
  speed: 1,
  shakyHands: false,
});

export const settingsRecord = (store: KeyValueStore) =>
  validatedRecord(store, 'pas-a-pas.settings', settingsSchema, defaultSettings);
