import { fireEvent, within } from '@testing-library/react';
import { howToType } from '../../src/kit/keyboard';
import type { LessonDrive } from '../../src/kit/testing';
import type { AccentsEvent } from './machine';

const field = (stage: HTMLElement) => within(stage).getByRole('textbox');
/** Lets the view read the facts of the events before (it gathers each event's facts in a microtask). */
const settle = () => Promise.resolve();

/** A dead key then a letter, as Windows sends them: ^ then e types ê; ^ then z types « ^z ». */
async function deadKeyThen(input: HTMLElement, dead: { code: string; shift: boolean }, letterCode: string, text: string) {
  fireEvent.keyDown(input, { code: dead.code, key: 'Dead', shiftKey: dead.shift });
  fireEvent.keyUp(input, { code: dead.code, key: 'Dead', shiftKey: dead.shift });
  await settle();
  fireEvent.keyDown(input, { code: letterCode, key: text.at(-1) });
  fireEvent.input(input, { data: text, inputType: 'insertText' });
  fireEvent.keyUp(input, { code: letterCode, key: text.at(-1) });
  await settle();
}

/** Test-only: the learner's hands for each event of accents. */
export const drive: LessonDrive<AccentsEvent> = {
  'user.char': {
    // The first accent, the same letter without it, ê with the dead key, and ^ on a letter it does not go on.
    samples: [
      { type: 'user.char', char: 'é' },
      { type: 'user.char', char: 'e' },
      { type: 'user.char', char: 'ê' },
      { type: 'user.char', char: '^z' },
    ],
    perform: async ({ user, stage }, { char }) => {
      const route = howToType(char, 'fr-azerty');
      if (char === '^z') await deadKeyThen(field(stage), { code: 'BracketLeft', shift: false }, 'KeyW', '^z');
      else if (route?.length === 2) await deadKeyThen(field(stage), route[0], route[1].code, char);
      else await user.type(field(stage), char);
    },
  },
};
