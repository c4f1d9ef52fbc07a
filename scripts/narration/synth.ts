/**
 * One clip from voiced segments: espeak-ng per segment, joined with a short gap, loudness
 * normalised, encoded as small Opus in Ogg (what the app's howler player asks for).
 */
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEECH, type SpeechSettings, type VoicedSegment } from './catalogue';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const tail = result.stderr.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${tail}`);
  }
  return `${result.stdout}${result.stderr}`;
}

const installed = (command: string) => !spawnSync(command, ['--version']).error;

let encoderArgs: string[] | undefined;

/** libopus when this ffmpeg has it; ffmpeg's own (experimental) Opus encoder otherwise. */
function opusEncoder(settings: SpeechSettings): { args: string[]; sampleRate: number } {
  encoderArgs ??= /\blibopus\b/.test(run('ffmpeg', ['-hide_banner', '-encoders']))
    ? ['-c:a', 'libopus', '-application', 'voip']
    : ['-c:a', 'opus', '-strict', '-2'];
  // The built-in encoder only accepts 48 kHz input.
  const sampleRate = encoderArgs.includes('libopus') ? settings.sampleRate : 48000;
  return { args: [...encoderArgs, '-b:a', settings.bitrate], sampleRate };
}

export function requireTools(): void {
  const missing = ['espeak-ng', 'ffmpeg', 'ffprobe'].filter((tool) => !installed(tool));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: sudo apt-get install espeak-ng ffmpeg`);
}

/** Integrated loudness and true peak. Padded to 4 s: the EBU R128 gate misjudges clips under ~3 s. */
function measure(wav: string): { lufs: number; peak: number } {
  const log = run('ffmpeg', ['-hide_banner', '-nostats', '-i', wav, '-af', 'apad=whole_dur=4,ebur128=peak=true:framelog=verbose', '-f', 'null', '-']);
  const summary = log.slice(log.lastIndexOf('Summary:'));
  const value = (pattern: RegExp) => Number.parseFloat(pattern.exec(summary)?.[1] ?? 'NaN');
  return { lufs: value(/I:\s+(-?[\d.]+|-inf) LUFS/), peak: value(/Peak:\s+(-?[\d.]+|-inf) dBFS/) };
}

/** Reach the target loudness, but never push the true peak above the ceiling (no limiter, no clipping). */
function gainDb({ lufs, peak }: { lufs: number; peak: number }, settings: SpeechSettings): number {
  if (!Number.isFinite(lufs) || lufs <= -69) return 0;
  const ceiling = Number.isFinite(peak) ? settings.truePeakDb - peak : Infinity;
  return Math.round(Math.min(settings.lufs - lufs, ceiling) * 100) / 100;
}

export function durationSeconds(file: string): number {
  return Number.parseFloat(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]));
}

/** Writes `out` (Ogg/Opus) from the segments, using `work` for intermediate files. */
export function synthesize(segments: readonly VoicedSegment[], out: string, work: string, settings: SpeechSettings = SPEECH): { bytes: number; seconds: number } {
  const wavs = segments.map((segment, index) => {
    if (!segment.voice) throw new Error(`no voice for segment « ${segment.text} »`);
    // Text goes through a file: quotes, colons and guillemets need no escaping, and nothing reads as an option.
    const text = join(work, `segment-${index}.txt`);
    const wav = join(work, `segment-${index}.wav`);
    writeFileSync(text, segment.text);
    run('espeak-ng', ['-b', '1', '-v', segment.voice, '-s', String(settings.speed), '-p', String(settings.pitch), '-f', text, '-w', wav]);
    return wav;
  });

  // espeak ends every input with a sentence-final pause; trim both ends so the joins sound like one sentence.
  const trim = 'silenceremove=start_periods=1:start_threshold=-60dB';
  const pad = `apad=pad_dur=${settings.gapMs / 1000}`;
  const chains = wavs.map((_, index) => `[${index}:a]${trim},areverse,${trim},areverse,${pad}[s${index}]`);
  const joins = `${wavs.map((_, index) => `[s${index}]`).join('')}concat=n=${wavs.length}:v=0:a=1[out]`;
  const joined = join(work, 'joined.wav');
  run('ffmpeg', ['-y', '-hide_banner', ...wavs.flatMap((wav) => ['-i', wav]), '-filter_complex', `${chains.join(';')};${joins}`, '-map', '[out]', joined]);

  const gain = gainDb(measure(joined), settings);
  const encoder = opusEncoder(settings);
  run('ffmpeg', [
    '-y', '-hide_banner', '-i', joined,
    '-af', `volume=${gain}dB`, '-ar', String(encoder.sampleRate), '-ac', '1',
    ...encoder.args,
    // No random stream serial or version tag: the same input gives the same bytes.
    '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact',
    out,
  ]);
  return { bytes: statSync(out).size, seconds: Math.round(durationSeconds(out) * 100) / 100 };
}
