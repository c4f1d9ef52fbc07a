import { fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import { FICHE, TYPO_CARET, type FieldId } from './form';
import type { RemplirUnFormulaireEvent } from './machine';

const field = (stage: HTMLElement, id: FieldId) => stage.querySelector<HTMLInputElement>(`#formulaire-${id}`)!;
const ficheNumber = (stage: HTMLElement) => stage.querySelector<HTMLInputElement>('.fiche-number')!;

/** What the field holds, as typing or pasting leaves it: from empty first, so that its status changes. */
function fill(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value: '' } });
  fireEvent.input(input, { target: { value } });
}

/**
 * Test-only: the learner's hands for each event of remplir-un-formulaire. jsdom has no layout, so
 * a click cannot land « after the d »: the cursor is put there as the browser would, then the key
 * that moved it is released. Tab moves focus through the real fields (user-event follows the DOM).
 */
export const drive: LessonDrive<RemplirUnFormulaireEvent> = {
  'user.focusField': {
    samples: [
      { type: 'user.focusField', field: 'nom', via: 'other' },
      { type: 'user.focusField', field: 'prenom', via: 'other' },
      { type: 'user.focusField', field: 'prenom', via: 'tab' },
      { type: 'user.focusField', field: 'nom', via: 'shiftTab' },
      { type: 'user.focusField', field: 'ville', via: 'tab' },
    ],
    perform: async ({ user, stage }, event) => {
      if (event.via === 'other') return user.click(field(stage, event.field));
      // Tab from the field before (Maj+Tab from the one after): the browser moves the cursor.
      field(stage, event.via === 'tab' && event.field === 'prenom' ? 'nom' : 'prenom').focus();
      await user.tab({ shift: event.via === 'shiftTab' });
    },
  },
  'user.fieldChanged': {
    // A mistake is an « x » typed first: the fiche's first character is then the one expected.
    samples: (['nom', 'prenom', 'ville', 'telephone'] as const).flatMap((id) => [
      { type: 'user.fieldChanged' as const, field: id, result: 'complete' as const, expected: null },
      { type: 'user.fieldChanged' as const, field: id, result: 'mistake' as const, expected: FICHE[id][0] },
    ]),
    perform: async ({ stage }, event) => fill(field(stage, event.field), event.result === 'complete' ? FICHE[event.field] : 'x'),
  },
  'user.char': {
    // In the revision, after « DUPONT » was missed twice at its first letter: D, and a wrong one.
    samples: [
      { type: 'user.char', char: 'D' },
      { type: 'user.char', char: 'x' },
    ],
    perform: async ({ stage }, { char }) => {
      const input = within(stage).getByRole('textbox');
      const code = char === 'D' ? 'KeyD' : 'KeyX';
      fireEvent.keyDown(input, { code, key: char, shiftKey: char === 'D' });
      fireEvent.input(input, { data: char, inputType: 'insertText', target: { value: (input as HTMLInputElement).value + char } });
      fireEvent.keyUp(input, { code, key: char, shiftKey: char === 'D' });
    },
  },
  'user.caretMoved': {
    samples: [{ type: 'user.caretMoved', atTypo: true }],
    perform: async ({ stage }) => {
      const ville = field(stage, 'ville');
      ville.setSelectionRange(TYPO_CARET, TYPO_CARET);
      fireEvent.keyUp(ville, { key: 'ArrowLeft', code: 'ArrowLeft' });
    },
  },
  'user.selected': {
    samples: [{ type: 'user.selected', whole: true }],
    perform: async ({ stage }) => {
      const number = ficheNumber(stage);
      number.setSelectionRange(0, number.value.length);
      fireEvent.keyUp(number, { key: 'ArrowRight', code: 'ArrowRight', shiftKey: true });
    },
  },
  'user.copied': {
    samples: [
      { type: 'user.copied', whole: true },
      { type: 'user.copied', whole: false },
    ],
    perform: async ({ stage }, event) => {
      const number = ficheNumber(stage);
      number.setSelectionRange(0, event.whole ? number.value.length : 2);
      fireEvent.copy(number);
    },
  },
  'user.submit': {
    samples: [{ type: 'user.submit' }],
    perform: ({ user, stage }) => user.click(within(stage).getByRole('button', { name: 'Valider' })),
  },
};
