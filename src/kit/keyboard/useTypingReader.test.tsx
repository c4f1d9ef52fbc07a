import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypingFact } from '../../keyboard';
import { useTypingReader } from './useTypingReader';

function Field({ onFact }: { onFact: (fact: TypingFact) => void }) {
  const ref = useTypingReader('fr-azerty', onFact);
  return <input ref={ref} aria-label="Champ" />;
}

describe('useTypingReader', () => {
  it('reports the characters typed in a real field', async () => {
    const facts: TypingFact[] = [];
    render(<Field onFact={(fact) => facts.push(fact)} />);
    await userEvent.type(screen.getByRole('textbox'), 'ab');
    expect(facts.filter((fact) => fact.kind === 'char').map((fact) => fact.kind === 'char' && fact.char)).toEqual(['a', 'b']);
  });

  it('reads ^ then e as ê, the way Windows sends a dead key', () => {
    const facts: TypingFact[] = [];
    render(<Field onFact={(fact) => facts.push(fact)} />);
    const field = screen.getByRole('textbox');
    fireEvent.keyDown(field, { code: 'BracketLeft', key: 'Dead' });
    fireEvent.keyUp(field, { code: 'BracketLeft', key: 'Dead' });
    fireEvent.keyDown(field, { code: 'KeyE', key: 'ê' });
    fireEvent.input(field, { data: 'ê', inputType: 'insertText', target: { value: 'ê' } });
    fireEvent.keyUp(field, { code: 'KeyE', key: 'e' });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'deadKeyPending', accent: '^' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'char', char: 'ê', via: 'deadKey' }));
  });

  it('stops listening when the field goes away', async () => {
    const facts: TypingFact[] = [];
    const { unmount } = render(<Field onFact={(fact) => facts.push(fact)} />);
    const field = screen.getByRole('textbox');
    unmount();
    fireEvent.keyDown(field, { code: 'Enter', key: 'Enter' });
    expect(facts).toEqual([]);
  });
});
