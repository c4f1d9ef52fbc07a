/** sayInto draws narrated texts as SayText does: the French words marked, in the same places. */
import { render } from '@testing-library/react';
import { SayText } from './SayText';
import { sayInto } from './sayInto';

describe('sayInto', () => {
  it('writes the same elements as SayText, the texts one after the other with a space', () => {
    const texts = ['اضغط على <fr>Entrée</fr>.', '<fr>Suppr</fr> efface.'];
    const { container } = render(<p>{texts.map((text, index) => <span key={index}>{index > 0 && ' '}<SayText text={text} /></span>)}</p>);
    const drawn = document.createElement('p');
    sayInto(drawn, texts);
    const asReactDrawsIt = [...container.querySelectorAll('span')].map((span) => span.innerHTML).join('');
    expect(drawn.innerHTML).toBe(asReactDrawsIt);
    expect(drawn.querySelectorAll('bdi[lang="fr"][dir="ltr"]')).toHaveLength(2);
  });
});
