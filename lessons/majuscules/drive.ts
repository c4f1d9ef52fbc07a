import { fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import type { MajusculesEvent } from './machine';

const field = (stage: HTMLElement) => within(stage).getByRole('textbox');
/** Lets the view read the facts of the events before (it gathers each event's facts in a microtask). */
const settle = () => Promise.resolve();

/** Test-only: the learner's hands for each event of majuscules. */
export const drive: LessonDrive<MajusculesEvent> = {
  'user.char': {
    // The first capital, a wrong letter, and the digit the é key gives with Verr. Maj on.
    samples: [
      { type: 'user.char', char: 'M' },
      { type: 'user.char', char: 'x' },
      { type: 'user.char', char: '2' },
    ],
    perform: ({ user, stage }, event) => user.type(field(stage), event.char),
  },
  'user.capsLock': {
    samples: [
      { type: 'user.capsLock', on: true },
      { type: 'user.capsLock', on: false },
      { type: 'user.capsLock', on: null },
    ],
    perform: async ({ stage }, { on }) => {
      // The lamp the system reports before the press is the other state; unchanged when it says nothing.
      fireEvent.keyUp(field(stage), { code: 'ShiftLeft', key: 'Shift', modifierCapsLock: on === null ? false : !on });
      await settle();
      fireEvent.keyDown(field(stage), { code: 'CapsLock', key: 'CapsLock', modifierCapsLock: on ?? false });
      fireEvent.keyUp(field(stage), { code: 'CapsLock', key: 'CapsLock', modifierCapsLock: on ?? false });
      await settle();
    },
  },
};
