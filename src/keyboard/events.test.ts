// @vitest-environment node
import { recordEvent } from './events';

const modifierState = (held: string[]) => (key: string) => held.includes(key);

describe('recordEvent', () => {
  it('keeps what the reader needs from a keyboard event, lock states included', () => {
    const event = {
      type: 'keydown', code: 'Digit0', key: '@', shiftKey: false, ctrlKey: true, altKey: true, metaKey: false, repeat: false,
      getModifierState: modifierState(['CapsLock']),
    };
    expect(recordEvent(event)).toEqual({
      type: 'keydown', code: 'Digit0', key: '@', shiftKey: false, ctrlKey: true, altKey: true, metaKey: false,
      altGraph: false, capsLock: true, numLock: false, repeat: false,
    });
  });

  it('keeps inputType and data of input events, and data of composition events', () => {
    expect(recordEvent({ type: 'beforeinput', inputType: 'insertText', data: 'ê' })).toEqual({ type: 'beforeinput', inputType: 'insertText', data: 'ê' });
    expect(recordEvent({ type: 'input', inputType: 'deleteContentBackward', data: null })).toEqual({ type: 'input', inputType: 'deleteContentBackward', data: null });
    expect(recordEvent({ type: 'compositionend', data: 'ê' })).toEqual({ type: 'compositionend', data: 'ê' });
  });

  it('ignores other events', () => {
    expect(recordEvent({ type: 'click' })).toBeNull();
  });
});
