// @vitest-environment node
import { detectLayout } from './detectLayout';

const withMap = (entries: Record<string, string>) => ({
  keyboard: { getLayoutMap: async () => new Map(Object.entries(entries)) },
});

const AZERTY = { KeyQ: 'a', KeyW: 'z', Semicolon: 'm', Digit6: '-', Backslash: '*' };
const US = { KeyQ: 'q', KeyW: 'w', Semicolon: ';', Digit6: '6', Backslash: '\\' };

describe('detectLayout', () => {
  it('reads AZERTY and QWERTY from the Keyboard Map API', async () => {
    expect(await detectLayout(withMap(AZERTY))).toBe('fr-azerty');
    expect(await detectLayout(withMap(US))).toBe('us-qwerty');
  });

  it('gives null for layouts it cannot draw rather than a wrong guess', async () => {
    expect(await detectLayout(withMap({ ...AZERTY, Digit6: '§' }))).toBeNull(); // Belgian
    expect(await detectLayout(withMap({ ...US, Backslash: '#' }))).toBeNull(); // UK
    expect(await detectLayout(withMap({ KeyQ: 'q', KeyW: 'w', KeyY: 'z' }))).toBeNull(); // German
  });

  it('gives null without the API (Firefox, Safari) or when it refuses', async () => {
    expect(await detectLayout({})).toBeNull();
    expect(await detectLayout(undefined)).toBeNull();
    const refusing = { keyboard: { getLayoutMap: () => Promise.reject(new DOMException('not allowed', 'SecurityError')) } };
    expect(await detectLayout(refusing)).toBeNull();
  });

  it('calls getLayoutMap on navigator.keyboard, as the browser requires', async () => {
    const keyboard = {
      map: new Map(Object.entries(AZERTY)),
      getLayoutMap(this: { map: Map<string, string> }) {
        return Promise.resolve(this.map);
      },
    };
    expect(await detectLayout({ keyboard })).toBe('fr-azerty');
  });
});
