import { Howl } from 'howler';
import { splitSegments } from './segments';
import { languageOf } from '../i18n/languages';

/** One narrated line: the clip at audio/<lang>/<ns>/<key>.ogg, and the text it speaks (always on screen). */
export interface Line {
  lang: string;
  /** `common` or a lesson id. */
  ns: string;
  key: string;
  text: string;
}

export type NarrationStatus =
  | 'idle'
  | 'playing'
  /** The browser refused to play without a gesture: the UI shows a large « Écouter » button. */
  | 'blocked'
  /** No clip: the device's own voice speaks instead. */
  | 'device-voice'
  /** No clip and no device voice: the text alone, with a small notice. */
  | 'text-only'
  | 'off';

export interface NarrationOptions {
  enabled: boolean;
  volume: number;
  speed: number;
}

export interface Narrator {
  say(line: Line): void;
  /** Load these clips now so that the next step speaks without delay. */
  preload(lines: readonly Line[]): void;
  /** Play the current line again (« Écouter encore », or the « Écouter » button after a block). */
  replay(): void;
  stop(): void;
  setOptions(options: NarrationOptions): void;
  getStatus(): NarrationStatus;
  subscribe(listener: () => void): () => void;
}

/**
 * Clips kept loaded at once: the one playing and the ones preloaded for what comes next. Fewer than
 * howler's pool of HTML5 audio elements unlocked by the learner's first touch (Howler.html5PoolSize,
 * 10): past it, howler hands out elements a phone may refuse to play without a new touch.
 */
export const MAX_LOADED_CLIPS = 6;

export const clipUrl = (line: Pick<Line, 'lang' | 'ns' | 'key'>) => `audio/${line.lang}/${line.ns}/${line.key}.ogg`;

/**
 * Narration with howler (HTML5 audio, so that speed keeps the pitch). Every failure falls back:
 * a missing or broken clip → the device's speechSynthesis voice for that language → text alone.
 */
export function createHowlerNarrator(speech: SpeechSynthesis | undefined = globalThis.speechSynthesis): Narrator {
  const howls = new Map<string, Howl>();
  const broken = new Set<string>();
  const listeners = new Set<() => void>();
  let options: NarrationOptions = { enabled: true, volume: 0.9, speed: 1 };
  let status: NarrationStatus = 'idle';
  let current: Line | null = null;
  let playing: { howl: Howl; id: number } | null = null;

  const setStatus = (next: NarrationStatus) => {
    if (next === status) return;
    status = next;
    listeners.forEach((listener) => listener());
  };

  /** The clip's Howl, loaded if need be; the least recently asked for are unloaded beyond MAX_LOADED_CLIPS. */
  const howlFor = (url: string) => {
    let howl = howls.get(url);
    if (howl) {
      howls.delete(url); // asked for again: now the most recent
    } else {
      howl = new Howl({ src: [url], format: ['ogg'], html5: true, preload: true });
      howl.once('loaderror', () => broken.add(url));
    }
    howls.set(url, howl);
    for (const [oldUrl, old] of howls) {
      if (howls.size <= MAX_LOADED_CLIPS) break;
      if (old === playing?.howl) continue;
      // Unloading gives its audio element back to howler's pool of unlocked ones.
      old.unload();
      howls.delete(oldUrl);
    }
    return howl;
  };

  const speakWithDevice = (line: Line) => {
    const voices = speech?.getVoices() ?? [];
    const segments = splitSegments(line.text, line.lang);
    const voiceFor = (lang: string) => {
      const tag = languageOf(lang).speechLang.toLowerCase();
      return voices.find((voice) => voice.lang.toLowerCase().startsWith(tag.split('-')[0]));
    };
    if (!speech || segments.some((segment) => !voiceFor(segment.lang))) {
      setStatus('text-only');
      return;
    }
    speech.cancel();
    segments.forEach((segment, index) => {
      const utterance = new SpeechSynthesisUtterance(segment.text);
      utterance.voice = voiceFor(segment.lang) ?? null;
      utterance.lang = languageOf(segment.lang).speechLang;
      utterance.rate = options.speed;
      utterance.volume = options.volume;
      if (index === segments.length - 1) utterance.onend = () => current === line && setStatus('idle');
      speech.speak(utterance);
    });
    setStatus('device-voice');
  };

  /** Detaches the handlers of the clip now playing, then stops it. */
  let detach = () => {};
  const stop = () => {
    detach();
    detach = () => {};
    playing?.howl.stop();
    playing = null;
    speech?.cancel();
  };

  const play = (line: Line) => {
    stop();
    current = line;
    if (!options.enabled) return setStatus('off');
    const url = clipUrl(line);
    if (broken.has(url)) return speakWithDevice(line);
    const howl = howlFor(url);
    // Listen before play(): howler may report a refused play synchronously, inside play().
    const onEnd = () => setStatus('idle');
    const onPlayError = () => setStatus('blocked');
    const onLoadError = () => speakWithDevice(line);
    howl.once('end', onEnd).once('playerror', onPlayError).once('loaderror', onLoadError);
    detach = () => howl.off('end', onEnd).off('playerror', onPlayError).off('loaderror', onLoadError);
    howl.volume(options.volume);
    howl.rate(options.speed);
    setStatus('playing');
    playing = { howl, id: howl.play() };
  };

  return {
    say: play,
    replay: () => current && play(current),
    stop: () => {
      stop();
      if (status !== 'text-only' && status !== 'off') setStatus('idle');
    },
    preload: (lines) => {
      if (options.enabled) lines.forEach((line) => howlFor(clipUrl(line)));
    },
    setOptions: (next) => {
      options = next;
      if (!next.enabled) {
        stop();
        setStatus('off');
      } else {
        playing?.howl.volume(next.volume);
        playing?.howl.rate(next.speed);
        if (status === 'off') setStatus('idle');
      }
    },
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
