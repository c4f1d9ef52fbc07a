/**
 * npm run narrate — a spoken clip for every narrated text, in every language that has a voice.
 * Only missing or stale clips are generated; clips whose text is gone are removed.
 *   --check        report what is missing or stale, generate nothing (exit 1 if anything)
 *   --only <lang>  generate one language only
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGES } from '../src/i18n/languages';
import {
  checkAudio, clipFilesOnDisk, clipId, formatManifest, MANIFEST_PATH, narratedLines, readManifest, wantedClip,
  type ManifestEntry,
} from './narration/catalogue';
import { durationSeconds, requireTools, synthesize } from './narration/synth';

export interface NarrateOptions {
  root: string;
  /** Language codes to generate; all by default. Orphans are still judged against every language. */
  languages?: readonly string[];
  log?: (message: string) => void;
}

export interface NarrateResult {
  generated: string[];
  upToDate: number;
  removed: string[];
  textOnly: string[];
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function removeEmptyDirs(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

export function narrate({ root, languages, log = console.log }: NarrateOptions): NarrateResult {
  const unknown = (languages ?? []).filter((code) => !LANGUAGES.some((language) => language.code === code));
  if (unknown.length > 0) throw new Error(`unknown language ${unknown.join(', ')} (known: ${LANGUAGES.map((l) => l.code).join(', ')})`);
  requireTools();

  const lines = narratedLines(root);
  const clips: Record<string, ManifestEntry> = readManifest(root).clips;
  const onDisk = (id: string) => existsSync(join(root, 'audio', `${id}.ogg`));
  const selected = (lang: string) => !languages || languages.includes(lang);

  // A recorded clip that vanished cannot be re-recorded here: drop it, the voice (if any) takes over.
  for (const [id, entry] of Object.entries(clips)) {
    if (entry.source === 'recorded' && !onDisk(id)) delete clips[id];
  }

  const wanted = new Set(lines.filter((line) => wantedClip(line, clips[clipId(line)])).map(clipId));
  const removed: string[] = [];
  for (const id of Object.keys(clips)) {
    if (!wanted.has(id)) delete clips[id];
  }
  for (const file of clipFilesOnDisk(root)) {
    if (file.endsWith('.ogg') && wanted.has(file.slice(0, -'.ogg'.length))) continue;
    rmSync(join(root, 'audio', file));
    removed.push(file);
    log(`removed orphan audio/${file}`);
  }
  if (removed.length > 0) removeEmptyDirs(join(root, 'audio'));

  const manifestFile = join(root, MANIFEST_PATH);
  const save = () => {
    const text = formatManifest(clips);
    if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== text) {
      mkdirSync(dirname(manifestFile), { recursive: true });
      writeFileSync(manifestFile, text);
    }
  };

  // Keep a human recording's size and length truthful without touching its hash.
  for (const [id, entry] of Object.entries(clips)) {
    if (entry.source !== 'recorded') continue;
    const file = join(root, 'audio', `${id}.ogg`);
    clips[id] = { ...entry, bytes: statSync(file).size, seconds: Math.round(durationSeconds(file) * 100) / 100 };
  }

  const targets = lines.filter((line) => line.voice !== null && selected(line.lang));
  const todo = targets.filter((line) => {
    const entry = clips[clipId(line)];
    return !entry || !onDisk(clipId(line)) || (entry.source !== 'recorded' && entry.hash !== line.hash);
  });

  const work = mkdtempSync(join(tmpdir(), 'narrate-'));
  const generated: string[] = [];
  try {
    todo.forEach((line, index) => {
      const id = clipId(line);
      const out = join(work, 'clip.ogg');
      const { bytes, seconds } = synthesize(line.segments, out, work);
      mkdirSync(dirname(join(root, line.path)), { recursive: true });
      copyFileSync(out, join(root, line.path));
      clips[id] = { hash: line.hash, source: 'espeak-ng', bytes, seconds };
      save(); // after each clip, so an interrupted run keeps what it made
      generated.push(id);
      log(`[${index + 1}/${todo.length}] ${id} … ${seconds.toFixed(1)} s, ${kB(bytes)}`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  save();

  const textOnly = LANGUAGES.filter((language) => language.voice === null && selected(language.code)).map((language) => language.code);
  const upToDate = targets.length - todo.length;
  log(
    `Narration: ${generated.length} generated, ${upToDate} up to date, ${removed.length} orphan file(s) removed.` +
      (textOnly.length > 0 ? ` « text only » (no voice): ${textOnly.join(', ')}.` : ''),
  );
  return { generated, upToDate, removed, textOnly };
}

function main(args: string[]): void {
  const root = process.cwd();
  if (args.includes('--check')) {
    const problems = checkAudio(root);
    problems.forEach((problem) => console.error(problem));
    console.log(problems.length === 0 ? 'Narration clips are complete and up to date.' : `${problems.length} problem(s).`);
    process.exitCode = problems.length === 0 ? 0 : 1;
    return;
  }
  const only = args.indexOf('--only');
  if (only >= 0 && !args[only + 1]) throw new Error('--only needs a language code, e.g. --only ar');
  const started = Date.now();
  narrate({ root, languages: only >= 0 ? [args[only + 1]] : undefined });
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`narrate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
