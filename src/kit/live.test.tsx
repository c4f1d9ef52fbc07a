/** A live value: the parts that read it follow it, and only its changes. */
import { useCallback, useState } from 'react';
import { act, render } from '@testing-library/react';
import { createLive, derived, useDrawnInto, useFollowed } from './live';

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

describe('useDrawnInto', () => {
  it('writes the value into the element as soon as it is set, with no React drawing, and again when the drawing changes', () => {
    const live = createLive('a');
    let drawings = 0;
    let setPrefix: (prefix: string) => void = () => {};
    function Part() {
      drawings += 1;
      const [prefix, set] = useState('tapé');
      setPrefix = set;
      const draw = useCallback((element: HTMLParagraphElement, char: string) => void (element.textContent = `${prefix} ${char}`), [prefix]);
      return <p ref={useDrawnInto(live, draw)} />;
    }
    const { container } = render(<Part />);
    expect(container.textContent).toBe('tapé a');
    const before = drawings;
    live.set('x'); // from a key handler: no act(), no React drawing
    expect(container.textContent).toBe('tapé x');
    expect(drawings).toBe(before);
    act(() => setPrefix('vu'));
    expect(container.textContent).toBe('vu x');
  });
});

describe('derived', () => {
  it('reads the value worked out from another, and is told when that one changes', () => {
    const live = createLive({ char: 'a', miss: false });
    const wrong = derived(live, ({ char, miss }) => (miss ? char : null));
    const heard: (string | null)[] = [];
    const stop = wrong.subscribe(() => heard.push(wrong.get()));
    live.set({ char: 'x', miss: true });
    live.set({ char: 'a', miss: false });
    stop();
    live.set({ char: 'k', miss: true });
    expect(heard).toEqual(['x', null]);
    expect(wrong.get()).toBe('k');
  });
});
