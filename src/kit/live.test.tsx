/** A live value: the parts that read it follow it, and only its changes. */
import { act, render } from '@testing-library/react';
import { createLive, useFollowed } from './live';

describe('createLive and useFollowed', () => {
  it('draws again the parts that read it, not when it is set to the same value', () => {
    const live = createLive({ char: 'a' });
    let drawings = 0;
    function Part() {
      drawings += 1;
      return <p>{useFollowed(live).char}</p>;
    }
    const { container } = render(<Part />);
    act(() => live.set({ char: 'x' }));
    expect(container.textContent).toBe('x');
    const after = drawings;
    act(() => live.set(live.get()));
    expect(drawings).toBe(after);
  });
});
