import { within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import { LETTERS, WORDS, type LettresEvent } from './machine';

/** Every letter the lesson asks for, and one it never does. */
const CHARS = [...new Set([...LETTERS, ...WORDS.join('')]), 'x'];
/** A first name of each kind the walk tries, by length and by what it is made of. */
const NAMES: Record<string, string> = { '4:false': 'Lina', '0:false': '', '3:true': 'A12' };

/** Test-only: the learner's hands for lettres-et-mots, typing in the real fields. */
export const drive: LessonDrive<LettresEvent> = {
  'user.char': {
    samples: CHARS.map((char) => ({ type: 'user.char', char })),
    perform: async ({ user, stage }, event) => {
      within(stage).getByLabelText('Votre texte').focus();
      await user.keyboard(event.char);
    },
  },
  'user.name': {
    samples: [
      { type: 'user.name', length: 4, otherCharacters: false },
      { type: 'user.name', length: 0, otherCharacters: false },
      { type: 'user.name', length: 3, otherCharacters: true },
    ],
    perform: async ({ user, stage }, event) => {
      const field = within(stage).getByLabelText('Votre prénom');
      await user.clear(field);
      await user.type(field, `${NAMES[`${event.length}:${event.otherCharacters}`]}{Enter}`);
    },
  },
};
