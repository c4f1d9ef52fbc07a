import { act, render, screen, within } from '@testing-library/react';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { PRESS_SHOWN_MS } from './usePressedKeys';

const LABEL = 'Appuyez sur la touche ^ puis sur E';
/** A key as printed on the board. */
const keyOf = (container: HTMLElement, code: string) => container.querySelector(`.osk-key[data-code="${code}"]`)!;
/** The mark drawn over a key (the key to press, to hold, pressed by mistake), if any. */
const markOf = (container: HTMLElement, code: string) => container.querySelector(`.osk-mark[data-code="${code}"]`);
const stateOf = (container: HTMLElement, code: string) => markOf(container, code)?.getAttribute('data-state') ?? 'idle';
/** The keys drawn held down, by code. */
const pressed = (container: HTMLElement) =>
  [...container.querySelectorAll('.osk-press[data-pressed]')].map((layer) => layer.getAttribute('data-code')).sort();

describe('OnScreenKeyboard', () => {
  it('is a figure named by the lesson, its keys hidden from assistive technologies and never buttons', () => {
    const { container } = render(<OnScreenKeyboard layout="fr-azerty" label={LABEL} />);
    const figure = screen.getByRole('figure', { name: LABEL });
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(within(figure).queryAllByRole('button')).toEqual([]);
  });

  it('stays left to right inside an Arabic page', () => {
    render(<div dir="rtl" lang="ar"><OnScreenKeyboard layout="fr-azerty" label="اضغط على المفتاح" /></div>);
    expect(screen.getByRole('figure')).toHaveAttribute('dir', 'ltr');
  });

  it('prints the keys as an AZERTY keyboard does', () => {
    const { container } = render(<OnScreenKeyboard layout="fr-azerty" label={LABEL} />);
    expect(keyOf(container, 'Digit2').textContent).toBe('2é~');
    expect(keyOf(container, 'KeyQ').textContent).toBe('A');
    expect(keyOf(container, 'Semicolon').textContent).toBe('M');
    expect(keyOf(container, 'CapsLock').textContent).toContain('Verr. Maj');
    expect(keyOf(container, 'AltRight').textContent).toBe('Alt Gr');
  });

  it('prints the keys of a US keyboard with their English names', () => {
    const { container } = render(<OnScreenKeyboard layout="us-qwerty" label="Press A" />);
    expect(keyOf(container, 'KeyQ').textContent).toBe('Q');
    expect(keyOf(container, 'AltRight').textContent).toBe('Alt');
    expect(keyOf(container, 'Digit2').textContent).toBe('@2');
  });

  it('marks the key to press, and the modifier to hold under the other hand', () => {
    const { container, rerender } = render(<OnScreenKeyboard layout="fr-azerty" label={LABEL} highlight={{ code: 'BracketLeft', shift: false, altGr: false }} />);
    expect(stateOf(container, 'BracketLeft')).toBe('target');
    expect(container.querySelectorAll('[data-state="target"]')).toHaveLength(1);

    rerender(<OnScreenKeyboard layout="fr-azerty" label="Maj + 5" highlight={{ code: 'Digit5', shift: true, altGr: false }} />);
    expect(stateOf(container, 'Digit5')).toBe('target');
    expect(stateOf(container, 'ShiftRight')).toBe('hold');
    expect(stateOf(container, 'ShiftLeft')).toBe('idle');

    rerender(<OnScreenKeyboard layout="fr-azerty" label="Alt Gr + à" highlight={{ code: 'Digit0', shift: false, altGr: true }} />);
    expect(stateOf(container, 'AltRight')).toBe('hold');
    expect(stateOf(container, 'Digit0')).toBe('target');
  });

  it('gives each state its own pattern, not only its own colour', () => {
    const { container } = render(
      <OnScreenKeyboard layout="fr-azerty" label="…" highlight={{ code: 'Digit0', shift: false, altGr: true }} wrong="KeyQ" />,
    );
    const fill = (code: string) => markOf(container, code)?.querySelector('.osk-overlay')?.getAttribute('fill');
    const fills = new Set([fill('Digit0'), fill('AltRight'), fill('KeyQ')]);
    expect(fills.size).toBe(3);
    for (const url of fills) expect(container.querySelector(`pattern#${url!.slice(5, -1)}`)).not.toBeNull();
    expect(markOf(container, 'KeyQ')?.querySelector('.osk-cross')).not.toBeNull();
    expect(markOf(container, 'Digit0')?.querySelector('.osk-cross')).toBeNull();
  });

  it('shows the wrong key beside the expected one', () => {
    const { container } = render(
      <OnScreenKeyboard layout="fr-azerty" label="…" highlight={{ code: 'Digit0', shift: false, altGr: true }} wrong="KeyQ" />,
    );
    const compare = container.querySelector('.osk-compare')!;
    expect(compare).toHaveAttribute('aria-hidden', 'true');
    const [wrong, expected] = [...compare.querySelectorAll('.osk-compare-item')];
    expect(wrong.textContent).toBe('✗ A');
    expect(expected.textContent).toBe('✓ Alt Gr + @');
    expect(stateOf(container, 'KeyQ')).toBe('wrong');
    expect(stateOf(container, 'Digit0')).toBe('target');
  });

  it('names the modifier the wrong key was held with, when what it typed tells (Maj + à gave 0)', () => {
    const compareOf = (wrong: string, wrongTyped: string) => {
      const { container, unmount } = render(
        <OnScreenKeyboard layout="fr-azerty" label="…" highlight={{ code: 'Digit0', shift: false, altGr: true }} wrong={wrong} wrongTyped={wrongTyped} />,
      );
      const text = container.querySelector('.osk-compare-item[data-state="wrong"]')!.textContent;
      unmount();
      return text;
    };
    expect(compareOf('Digit0', '0')).toBe('✗ Maj + 0');
    expect(compareOf('Digit0', 'à')).toBe('✗ à');
    // A capital letter: Maj or Verr. Maj, the key alone is named.
    expect(compareOf('KeyQ', 'A')).toBe('✗ A');
  });

  it('shows the keys held down wherever the focus is, a quick tap a moment longer, and none after the page loses focus', () => {
    vi.useFakeTimers();
    try {
      const { container } = render(<OnScreenKeyboard layout="fr-azerty" label="…" />);
      const key = (type: 'keydown' | 'keyup', code: string) => act(() => void document.body.dispatchEvent(new KeyboardEvent(type, { code, bubbles: true })));
      // Drawn at the next frame, with the lesson's own feedback.
      const nextFrame = () => act(() => void vi.advanceTimersToNextFrame());
      key('keydown', 'ShiftLeft');
      key('keydown', 'KeyQ');
      expect(pressed(container)).toEqual([]);
      nextFrame();
      expect(pressed(container)).toEqual(['KeyQ', 'ShiftLeft']);
      key('keyup', 'KeyQ');
      nextFrame();
      expect(pressed(container)).toEqual(['KeyQ', 'ShiftLeft']);
      act(() => vi.advanceTimersByTime(PRESS_SHOWN_MS));
      nextFrame();
      expect(pressed(container)).toEqual(['ShiftLeft']);
      act(() => void window.dispatchEvent(new FocusEvent('blur')));
      expect(pressed(container)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lifts a key tapped a moment ago as soon as the next key goes down', () => {
    vi.useFakeTimers();
    try {
      const { container } = render(<OnScreenKeyboard layout="fr-azerty" label="…" />);
      const key = (type: 'keydown' | 'keyup', code: string) => act(() => void document.body.dispatchEvent(new KeyboardEvent(type, { code, bubbles: true })));
      key('keydown', 'KeyQ');
      key('keyup', 'KeyQ');
      act(() => void vi.advanceTimersToNextFrame());
      expect(pressed(container)).toEqual(['KeyQ']);
      const layer = container.querySelector('.osk-press[data-pressed]');
      key('keydown', 'KeyW');
      act(() => void vi.advanceTimersToNextFrame());
      expect(pressed(container)).toEqual(['KeyW']);
      // The same layer, moved: nothing hidden nor shown.
      expect(container.querySelector('.osk-press[data-pressed]')).toBe(layer);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws no key held down for a key the drawing has not, nor more than it has layers for', () => {
    vi.useFakeTimers();
    try {
      const { container } = render(<OnScreenKeyboard layout="fr-azerty" label="…" showNumpad={false} />);
      const down = (code: string) => act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true })));
      down('Numpad1');
      act(() => void vi.advanceTimersToNextFrame());
      expect(pressed(container)).toEqual([]);
      ['ControlLeft', 'AltLeft', 'ShiftLeft', 'KeyQ', 'KeyW'].forEach(down);
      act(() => void vi.advanceTimersToNextFrame());
      expect(pressed(container)).toEqual(['AltLeft', 'ControlLeft', 'KeyQ', 'ShiftLeft']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows Verr. Maj and Verr. Num with a lamp and in words, only when the state is known', () => {
    const { container, rerender } = render(<OnScreenKeyboard layout="fr-azerty" label="…" capsLock numLock={false} />);
    const lamps = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(lamps).toEqual(['Verr. Maj\u00a0: allumé', 'Verr. Num\u00a0: éteint']);
    expect(container.querySelector('.osk-key-lamp[data-code="CapsLock"]')).toHaveAttribute('data-on', 'true');

    rerender(<OnScreenKeyboard layout="fr-azerty" label="…" />);
    expect(container.querySelector('.osk-lamps')).toBeNull();
  });

  it('leaves out the keypad when asked, for small screens', () => {
    const { container } = render(<OnScreenKeyboard layout="fr-azerty" label="…" showNumpad={false} />);
    expect(container.querySelector('[data-code^="Numpad"]')).toBeNull();
    expect(keyOf(container, 'ArrowUp')).not.toBeNull();
    expect(container.querySelector('svg')).toHaveAttribute('viewBox', '0 0 1110 300');
  });

  it('names the finger for the highlighted key', () => {
    render(<OnScreenKeyboard layout="fr-azerty" label="…" highlight={{ code: 'KeyF', shift: false, altGr: false }} finger />);
    expect(screen.getByText('index gauche')).toBeInTheDocument();
  });

  it('only watches keys go up and down, never reads what they type nor stops them: the lesson reads the keys', () => {
    const onWindow = vi.spyOn(window, 'addEventListener');
    const onDocument = vi.spyOn(document, 'addEventListener');
    render(<OnScreenKeyboard layout="fr-azerty" label="…" highlight={{ code: 'KeyE', shift: false, altGr: false }} />);
    const keyListeners = [...onWindow.mock.calls, ...onDocument.mock.calls].filter(([type]) => /key|input|composition/.test(String(type)));
    expect(keyListeners.map(([type]) => type).sort()).toEqual(['keydown', 'keyup']);
    const press = new KeyboardEvent('keydown', { code: 'KeyE', key: 'e', bubbles: true, cancelable: true });
    act(() => void document.body.dispatchEvent(press));
    expect(press.defaultPrevented).toBe(false);
    onWindow.mockRestore();
    onDocument.mockRestore();
  });
});
