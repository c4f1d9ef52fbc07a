import { render } from '@testing-library/react';
import { drawInto } from '../dom';
import { RichText, richDrawing } from './RichText';

describe('RichText', () => {
  it('draws keys and French screen words, and keeps the full stop after a key on the key\'s line', () => {
    const { container } = render(<p><RichText text="Vous avez tapé <k>x</k>. Il fallait <k>1</k>. Cliquez sur <fr>Suivant</fr>." keysLang="fr" /></p>);
    expect(container.textContent).toBe('Vous avez tapé x. Il fallait 1. Cliquez sur Suivant.');
    const together = [...container.querySelectorAll('.keep-together')].map((span) => span.textContent);
    expect(together).toEqual(['x.', '1.']);
    expect(container.querySelectorAll('kbd')).toHaveLength(2);
    expect(container.querySelector('bdi.french-word')).toHaveTextContent('Suivant');
  });

  it('glues only punctuation, so a key followed by a word or a space stays as it was', () => {
    const { container } = render(<p><RichText text="Tenez <k>Alt Gr</k>, puis appuyez sur <k>à</k> une fois ؟ <k>@</k>؟" keysLang="fr" /></p>);
    expect(container.textContent).toBe('Tenez Alt Gr, puis appuyez sur à une fois ؟ @؟');
    expect([...container.querySelectorAll('.keep-together')].map((span) => span.textContent)).toEqual(['Alt Gr,', '@؟']);
  });

  it('draws the same elements outside React (richDrawing), for a key handler', () => {
    for (const text of ['Vous avez tapé <k>x</k>. Il fallait <k>1</k>. Cliquez sur <fr>Suivant</fr>.', 'اِضْغَطْ <k>Alt Gr</k>، ثُمَّ <fr>arobase</fr>؟']) {
      const { container } = render(<p><RichText text={text} keysLang="en" /></p>);
      const drawn = document.createElement('p');
      drawInto(drawn, richDrawing(text, 'en'));
      expect(drawn.outerHTML).toBe(container.innerHTML);
    }
  });
});
