/**
 * The narrator's clips with the real howler (jsdom has HTML5 audio elements, no Web Audio): how
 * many stay loaded, and what that leaves in howler's pool of audio elements unlocked by a touch.
 */
import { Howler } from 'howler';
import { createHowlerNarrator, MAX_LOADED_CLIPS, type Line } from './narrator';

interface HowlerInternals {
  _howls: unknown[];
  _html5AudioPool: HTMLAudioElement[];
  html5PoolSize: number;
}
const internals = Howler as unknown as HowlerInternals;
const line = (n: number): Line => ({ lang: 'fr', ns: 'essai', key: `ligne-${n}`, text: `Ligne ${n}` });

/** What howler's unlock does on the learner's first touch: a pool of audio elements allowed to play. */
function unlockPool() {
  internals._html5AudioPool.length = 0;
  while (internals._html5AudioPool.length < internals.html5PoolSize) {
    const audio = new Audio() as HTMLAudioElement & { _unlocked?: boolean };
    audio._unlocked = true;
    internals._html5AudioPool.push(audio);
  }
}

describe('the narrator with howler', () => {
  beforeEach(() => {
    Howler.unload();
    unlockPool();
    // jsdom does not play media: its « not implemented » messages are not what is tested here.
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps a few clips loaded over a whole lesson, so unlocked audio elements are always left for the next one', () => {
    const narrator = createHowlerNarrator(undefined);
    for (let step = 0; step < 20; step += 1) {
      narrator.say(line(step));
      narrator.preload([line(100 + step), line(step + 1)]);
    }
    expect(internals._howls.length).toBeLessThanOrEqual(MAX_LOADED_CLIPS);
    expect(internals._html5AudioPool.length).toBeGreaterThanOrEqual(internals.html5PoolSize - MAX_LOADED_CLIPS);
  });

  it('never unloads the clip being said, however much is preloaded after it', () => {
    const narrator = createHowlerNarrator(undefined);
    narrator.say(line(1));
    const saying = internals._howls[0];
    narrator.preload(Array.from({ length: 3 * MAX_LOADED_CLIPS }, (_, n) => line(200 + n)));
    expect(internals._howls).toContain(saying);
    expect(narrator.getStatus()).toBe('playing');
  });

  it('keeps the clips asked for most recently: a clip preloaded again is not the next one unloaded', () => {
    const narrator = createHowlerNarrator(undefined);
    narrator.preload([line(2)]);
    const again = internals._howls[0];
    narrator.preload(Array.from({ length: MAX_LOADED_CLIPS - 1 }, (_, n) => line(300 + n)));
    const oldest = internals._howls[1];
    narrator.preload([line(2), line(400)]);
    expect(internals._howls).toContain(again);
    expect(internals._howls).not.toContain(oldest);
  });
});
