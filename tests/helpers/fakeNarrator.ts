import type { Line, NarrationOptions, NarrationStatus, Narrator } from '../../src/narration/narrator';

/** A narrator that records what it was asked to say. Real playback is tested in the browser. */
export function fakeNarrator(initial: NarrationStatus = 'idle') {
  let status = initial;
  const listeners = new Set<() => void>();
  const said: Line[] = [];
  const preloaded: Line[] = [];
  let options: NarrationOptions | null = null;
  const narrator: Narrator & { said: Line[]; preloaded: Line[]; options: () => NarrationOptions | null; setStatus(next: NarrationStatus): void } = {
    said,
    preloaded,
    options: () => options,
    say: (line) => void said.push(line),
    preload: (lines) => void preloaded.push(...lines),
    replay: () => void (said.length > 0 && said.push(said[said.length - 1])),
    stop: () => undefined,
    setOptions: (next) => void (options = next),
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setStatus(next) {
      status = next;
      listeners.forEach((listener) => listener());
    },
  };
  return narrator;
}
