import { within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import type { TouchesEvent } from './machine';

/**
 * What user-event types for each key the walk tries: the taught keys, and one letter nobody asked
 * for. Two wrong keys on a list of « À vous » make a key weak, so the walk reaches the revision.
 */
const KEYS: Record<string, string> = {
  Space: ' ',
  Enter: '{Enter}',
  Backspace: '{Backspace}',
  Delete: '{Delete}',
  ArrowLeft: '{ArrowLeft}',
  ArrowRight: '{ArrowRight}',
  ArrowUp: '{ArrowUp}',
  ArrowDown: '{ArrowDown}',
  KeyQ: 'q',
};

/** Test-only: the learner's hands for touches-essentielles, typing in the real field. */
export const drive: LessonDrive<TouchesEvent> = {
  'user.key': {
    samples: Object.keys(KEYS).map((code) => ({ type: 'user.key', code })),
    perform: async ({ user, stage }, event) => {
      within(stage).getByRole('textbox').focus();
      await user.keyboard(KEYS[event.code]);
    },
  },
};
