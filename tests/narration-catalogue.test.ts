// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LANGUAGES } from '../src/i18n/languages';
import {
  checkAudio, clipHash, clipId, formatManifest, lessonIds, narratedLines, SPEECH, voicedSegments, type ManifestEntry,
} from '../scripts/narration/catalogue';

const root = process.cwd();
const frenchVoice = LANGUAGES.find((language) => language.code === 'fr')!.voice;

const leafKeys = (value: unknown, prefix: string): string[] =>
  typeof value === 'string'
    ? [prefix]
    : Object.entries(value as object).flatMap(([key, child]) => leafKeys(child, `${prefix}.${key}`));

describe('narratedLines', () => {
  const lines = narratedLines(root);

  it('lists every narrated key of the common UI and of every lesson, in every language', () => {
    const french = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
    const expected = [
      ...leafKeys(french('src/i18n/locales/fr.json').say, 'say').map((key) => `common/${key}`),
      ...lessonIds(root).flatMap((id) => leafKeys(french(`lessons/${id}/locales/fr.json`).steps, 'steps').map((key) => `${id}/${key}`)),
    ].sort();
    expect(expected.length).toBeGreaterThan(3);
    for (const language of LANGUAGES) {
      const mine = lines.filter((line) => line.lang === language.code);
      expect(mine.map((line) => `${line.ns}/${line.key}`).sort()).toEqual(expected);
      for (const line of mine) {
        expect(line.voice).toBe(language.voice);
        expect(line.path).toBe(`audio/${language.code}/${line.ns}/${line.key}.ogg`);
        expect(line.hash).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });

  it('gives the French voice to <fr> words inside another language', () => {
    expect(voicedSegments('Click the <fr>Terminer</fr> button.', 'en')).toEqual([
      { voice: 'en-gb', text: 'Click the' },
      { voice: frenchVoice, text: 'Terminer' },
      { voice: 'en-gb', text: 'button.' },
    ]);
    expect(voicedSegments('Press <fr>Entrée</fr>.', 'en')).toEqual([
      { voice: 'en-gb', text: 'Press' },
      { voice: frenchVoice, text: 'Entrée.' },
    ]);
    const bilingual = lines.filter((line) => line.lang !== 'fr' && line.text.includes('<fr>'));
    expect(bilingual.length).toBeGreaterThan(0);
    for (const line of bilingual) expect(line.segments.some((segment) => segment.voice === frenchVoice)).toBe(true);
  });
});

describe('clipHash', () => {
  const segments = [{ voice: 'en-gb', text: 'Click the' }, { voice: 'fr+f3', text: 'Terminer' }];

  it('is stable for the same text, voices and settings', () => {
    expect(clipHash(segments)).toBe(clipHash(structuredClone(segments)));
  });

  it('changes when the text, a voice or a speech setting changes', () => {
    const hash = clipHash(segments);
    expect(clipHash([segments[0], { voice: 'fr+f3', text: 'Valider' }])).not.toBe(hash);
    expect(clipHash([segments[0], { voice: 'fr', text: 'Terminer' }])).not.toBe(hash);
    expect(clipHash(segments, { ...SPEECH, speed: SPEECH.speed + 10 })).not.toBe(hash);
  });
});

describe('checkAudio', () => {
  let fixture: string;
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), content);
  };
  const writeManifest = (clips: Record<string, ManifestEntry>) => write('audio/manifest.json', formatManifest(clips));
  const complete = () => {
    const clips: Record<string, ManifestEntry> = {};
    for (const line of narratedLines(fixture)) {
      clips[clipId(line)] = { hash: line.hash, source: 'espeak-ng', bytes: 1, seconds: 1 };
      write(line.path, 'x');
    }
    writeManifest(clips);
    return clips;
  };

  beforeEach(() => {
    fixture = mkdtempSync(join(tmpdir(), 'narration-check-'));
    write('src/i18n/locales/fr.json', JSON.stringify({ title: 'Non lu', say: { bravo: 'Bravo !' } }));
    write('lessons/index.ts', "export const LESSON_IDS = ['demo'] as const;\n");
    write('lessons/demo/locales/fr.json', JSON.stringify({ title: 'Démo', steps: { one: { text: 'Un.', hint: 'Deux.' } } }));
  });
  afterEach(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds nothing when every clip is present and current', () => {
    complete();
    expect(narratedLines(fixture).map(clipId)).toEqual(['fr/common/say.bravo', 'fr/demo/steps.one.text', 'fr/demo/steps.one.hint']);
    expect(checkAudio(fixture)).toEqual([]);
  });

  it('reports a stale clip when its text changed', () => {
    complete();
    write('lessons/demo/locales/fr.json', JSON.stringify({ steps: { one: { text: 'Un, changé.', hint: 'Deux.' } } }));
    expect(checkAudio(fixture)).toEqual([
      expect.stringMatching(/audio\/fr\/demo\/steps\.one\.text\.ogg: stale.*npm run narrate/),
    ]);
  });

  it('reports a line without a clip, a listed clip missing on disk, and orphans', () => {
    const clips = complete();
    delete clips['fr/common/say.bravo'];
    clips['fr/demo/steps.gone'] = { hash: 'x', source: 'espeak-ng', bytes: 1, seconds: 1 };
    writeManifest(clips);
    rmSync(join(fixture, 'audio/fr/demo/steps.one.hint.ogg'));
    const problems = checkAudio(fixture);
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/say\.bravo\.ogg: no clip/),
        expect.stringMatching(/steps\.one\.hint\.ogg: .*missing on disk/),
        expect.stringMatching(/entry fr\/demo\/steps\.gone .*orphan/),
        expect.stringMatching(/audio\/fr\/common\/say\.bravo\.ogg: no entry .*orphan/),
      ]),
    );
  });

  it('never calls a recording stale, but wants its file', () => {
    const clips = complete();
    clips['fr/common/say.bravo'] = { hash: 'human', source: 'recorded', bytes: 1, seconds: 1 };
    writeManifest(clips);
    expect(checkAudio(fixture)).toEqual([]);
    rmSync(join(fixture, 'audio/fr/common/say.bravo.ogg'));
    expect(checkAudio(fixture)).toEqual([expect.stringMatching(/say\.bravo\.ogg: .*missing on disk/)]);
  });
});
