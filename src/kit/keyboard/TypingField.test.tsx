import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TypingField } from './TypingField';

/** A drill field that accepts every character, as majuscules and accents do with the right one. */
function Drill() {
  const [value, setValue] = useState('');
  return (
    <TypingField
      id="drill"
      label="Écrivez ici :"
      value={value}
      layout="fr-azerty"
      onPress={(press) => setValue((text) => text + press.text)}
      focusKey="step"
      notFocused="Cliquez dans la case."
      heldNote={(key) => `Votre doigt est resté sur <k>${key}</k>.`}
    />
  );
}

/** The sentence shown now (the note keeps the others' room, unseen). */
const note = () => document.querySelector('.typing-note .field-note-text')!;

describe('TypingField', () => {
  it('counts a key held down once and shows why, until the next key', async () => {
    const user = userEvent.setup();
    render(<Drill />);
    expect(screen.getByRole('textbox')).toHaveFocus();
    expect(note()).toBeEmptyDOMElement();
    await user.keyboard('{e>5/}');
    expect(screen.getByRole('textbox')).toHaveValue('e');
    // Named as printed on the key, in a key's box.
    expect(note()).toHaveTextContent('Votre doigt est resté sur E.');
    expect(note().querySelector('kbd')).toHaveTextContent('E');
    await user.keyboard('t');
    expect(screen.getByRole('textbox')).toHaveValue('et');
    expect(note()).toBeEmptyDOMElement();
  });

  it('keeps the note as it is when the field loses the focus: the buttons below must not move under a click', async () => {
    const user = userEvent.setup();
    render(<Drill />);
    await user.keyboard('{e>3/}');
    expect(note()).toHaveTextContent('Votre doigt est resté sur E.');
    screen.getByRole('textbox').blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(note()).toHaveTextContent('Votre doigt est resté sur E.');
  });

  it('shows « Cliquez dans la case » once the field has lost the focus with no key held', async () => {
    render(<Drill />);
    screen.getByRole('textbox').blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(note()).toHaveTextContent('Cliquez dans la case.');
  });
});
