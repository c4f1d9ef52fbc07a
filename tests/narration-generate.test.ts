// @vitest-environment node
// Runs the real espeak-ng + ffmpeg pipeline on one tiny line.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { narrate } from '../scripts/narrate';
import { checkAudio, narratedLines, type Manifest } from '../scripts/narration/catalogue';

let root: string;
const log: string[] = [];
const run = (languages = ['en']) => narrate({ root, languages, log: (message) => log.push(message) });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'narration-generate-'));
  mkdirSync(join(root, 'src/i18n/locales'), { recursive: true });
  writeFileSync(join(root, 'src/i18n/locales/en.json'), JSON.stringify({ say: { press: 'Press <fr>Entrée</fr>.' } }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('narrate', () => {
  it('writes an Ogg/Opus mono clip and its manifest entry, then regenerates nothing', () => {
    expect(run().generated).toEqual(['en/common/say.press']);
    expect(log).toContainEqual(expect.stringMatching(/^\[1\/1\] en\/common\/say\.press … \d+\.\d s, \d+\.\d kB$/));

    const clip = join(root, 'audio/en/common/say.press.ogg');
    const probe = JSON.parse(
      execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,channels:format=format_name,duration', '-of', 'json', clip], { encoding: 'utf8' }),
    );
    expect(probe.format.format_name).toBe('ogg');
    expect(probe.streams).toEqual([{ codec_name: 'opus', channels: 1 }]);
    expect(Number(probe.format.duration)).toBeGreaterThan(0.3);

    const manifestText = readFileSync(join(root, 'audio/manifest.json'), 'utf8');
    const manifest: Manifest = JSON.parse(manifestText);
    expect(Object.keys(manifest)).toEqual(['_comment', 'clips']);
    expect(manifest.clips['en/common/say.press']).toMatchObject({ hash: narratedLines(root)[0].hash, source: 'espeak-ng' });
    expect(checkAudio(root)).toEqual([]);

    const again = run();
    expect(again.generated).toEqual([]);
    expect(again.upToDate).toBe(1);
    expect(readFileSync(join(root, 'audio/manifest.json'), 'utf8')).toBe(manifestText);
  });

  it('removes a clip whose text is gone', () => {
    writeFileSync(join(root, 'audio/en/common/say.old.ogg'), 'x');
    expect(run().removed).toEqual(['en/common/say.old.ogg']);
    expect(checkAudio(root)).toEqual([]);
  });

  it('says clearly when a tool is missing', () => {
    const path = process.env.PATH;
    process.env.PATH = join(root, 'no-tools-here');
    try {
      expect(() => run()).toThrow(/espeak-ng, ffmpeg, ffprobe missing: sudo apt-get install espeak-ng ffmpeg/);
    } finally {
      process.env.PATH = path;
    }
  });
});
