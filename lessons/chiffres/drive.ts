import { fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import { howToType } from '../../src/kit/keyboard';
import type { ChiffresEvent } from './machine';

const field = (stage: HTMLElement) => within(stage).getByRole('textbox') as HTMLInputElement;

/** One key as Windows sends it to a text field: keydown (which key), input (which character), keyup. */
function typeKey(input: HTMLInputElement, code: string, key: string, shiftKey: boolean) {
  fireEvent.keyDown(input, { code, key, shiftKey });
  fireEvent.input(input, { data: key, inputType: 'insertText', target: { value: input.value + key } });
  fireEvent.keyUp(input, { code, key, shiftKey });
}

/**
 * Test-only: the learner's hands for each event of chiffres. The samples are the few that
 * matter: a digit from the top row and from the keypad (7, the keypad step's first), a sign
 * typed without Maj (&), the two action keys, and the Verr. Num lamp both ways.
 */
export const drive: LessonDrive<ChiffresEvent> = {
  'user.char': {
    samples: [
      { type: 'user.char', char: '7', keypad: false },
      { type: 'user.char', char: '7', keypad: true },
      { type: 'user.char', char: '&', keypad: false },
    ],
    perform: async ({ stage }, { char, keypad }) => {
      const stroke = howToType(char, 'fr-azerty')![0];
      typeKey(field(stage), keypad ? `Numpad${char}` : stroke.code, char, !keypad && stroke.shift);
    },
  },
  'user.key': {
    samples: [
      { type: 'user.key', code: 'Backspace' },
      { type: 'user.key', code: 'Enter' },
    ],
    perform: async ({ stage }, { code }) => {
      fireEvent.keyDown(field(stage), { code, key: code });
      fireEvent.keyUp(field(stage), { code, key: code });
    },
  },
  'user.numLock': {
    samples: [
      { type: 'user.numLock', on: false },
      { type: 'user.numLock', on: true },
    ],
    // Off: a keypad key moves the cursor (End). On: the browser reports the lamp lit.
    perform: async ({ stage }, { on }) => {
      const [code, key] = on ? ['NumLock', 'NumLock'] : ['Numpad1', 'End'];
      fireEvent.keyDown(field(stage), { code, key, modifierNumLock: on });
      fireEvent.keyUp(field(stage), { code, key, modifierNumLock: on });
    },
  },
};
