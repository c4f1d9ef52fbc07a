import { fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import { howToType } from '../../src/kit/keyboard';
import type { CaracteresEmailEvent } from './machine';

/**
 * Test-only: the learner's hands for each event of caracteres-email. One key as Windows sends it
 * on AZERTY: Alt Gr as Ctrl + Alt, then keydown (which key), input (which character), keyup. The
 * samples are the few that matter: @ (Alt Gr + à), 0 (Maj + à, the usual slip), a letter.
 */
export const drive: LessonDrive<CaracteresEmailEvent> = {
  'user.char': {
    samples: [
      { type: 'user.char', char: '@' },
      { type: 'user.char', char: '0' },
      { type: 'user.char', char: 'e' },
    ],
    perform: async ({ stage }, { char }) => {
      const field = within(stage).getByRole('textbox') as HTMLInputElement;
      const { code, shift, altGr } = howToType(char, 'fr-azerty')![0];
      const modifiers = { shiftKey: shift, ctrlKey: altGr, altKey: altGr };
      fireEvent.keyDown(field, { code, key: char, ...modifiers });
      fireEvent.input(field, { data: char, inputType: 'insertText', target: { value: field.value + char } });
      fireEvent.keyUp(field, { code, key: char, ...modifiers });
    },
  },
};
