import { render } from '@testing-library/react';
import { SayText } from './SayText';

describe('SayText', () => {
  it('marks French screen words and keeps the spacing and punctuation as written', () => {
    const { container } = render(
      <p>
        <SayText text="انقر على زر <fr>Terminer</fr>." />
      </p>,
    );
    expect(container.textContent).toBe('انقر على زر Terminer.');
    const french = container.querySelector('bdi');
    expect(french).toHaveAttribute('lang', 'fr');
    expect(french).toHaveAttribute('dir', 'ltr');
    expect(french).toHaveTextContent('Terminer');
  });

  it('renders a text without markers as it is', () => {
    const { container } = render(<SayText text="Cliquez sur le rond." />);
    expect(container.textContent).toBe('Cliquez sur le rond.');
    expect(container.querySelector('bdi')).toBeNull();
  });
});
