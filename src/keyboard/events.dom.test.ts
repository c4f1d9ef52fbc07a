import { recordEvent } from './events';

/** recordEvent on jsdom's real event classes (the other tests use plain objects). */
describe('recordEvent on DOM events', () => {
  it('reads a KeyboardEvent, its modifier state included', () => {
    const event = new KeyboardEvent('keydown', { code: 'CapsLock', key: 'CapsLock', modifierCapsLock: true, repeat: false } as KeyboardEventInit);
    expect(recordEvent(event)).toMatchObject({ type: 'keydown', code: 'CapsLock', key: 'CapsLock', capsLock: true, numLock: false, altGraph: false });
  });

  it('reads an InputEvent and a CompositionEvent', () => {
    expect(recordEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'ê' }))).toEqual({ type: 'beforeinput', inputType: 'insertText', data: 'ê' });
    expect(recordEvent(new CompositionEvent('compositionend', { data: 'ê' }))).toEqual({ type: 'compositionend', data: 'ê' });
  });
});
