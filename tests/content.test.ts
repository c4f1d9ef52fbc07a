// @vitest-environment node
/**
 * The content check (`npm run check:content`): registry ↔ folders ↔ locales ↔ audio clips, and
 * the one-way layers. Each failure names the file and the field to fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LESSON_IDS } from '../lessons';
import { checkAudio } from '../scripts/narration/catalogue';
import { LANGUAGES, SOURCE_LANGUAGE } from '../src/i18n/languages';
import { lessonManifestSchema } from '../src/kit/lessonManifest';
import { frenchWords } from '../src/narration/segments';

const root = join(__dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
const lessonFolders = readdirSync(join(root, 'lessons')).filter((name) => statSync(join(root, 'lessons', name)).isDirectory());

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Leaf strings by dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else leaves(value, path).forEach((text, leafKey) => found.set(leafKey, text));
  }
  return found;
}

/** Texts grouped by key without plural suffix: a translation may need more plural forms than French. */
function grouped(tree: Tree): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, text] of leaves(tree)) groups.set(key.replace(PLURAL, ''), [...(groups.get(key.replace(PLURAL, '')) ?? []), text]);
  return groups;
}

const placeholders = (texts: string[]) => new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1])));

/** Problems of one translation file against its French source. */
function compareLocale(sourcePath: string, path: string, lang: string): string[] {
  const problems: string[] = [];
  const source = grouped(readJson(sourcePath) as Tree);
  const translation = grouped(readJson(path) as Tree);
  for (const key of source.keys()) if (!translation.has(key)) problems.push(`${path}: missing key ${key}`);
  for (const key of translation.keys()) if (!source.has(key)) problems.push(`${path}: key ${key} is not in ${sourcePath}`);
  for (const [key, texts] of translation) {
    const french = source.get(key);
    if (!french) continue;
    const expected = placeholders(french);
    for (const name of placeholders(texts)) if (!expected.has(name)) problems.push(`${path}: ${key} uses {{${name}}}, which French does not give`);
    const isPlural = [...leaves(readJson(path) as Tree).keys()].some((leaf) => leaf.replace(PLURAL, '') === key && PLURAL.test(leaf));
    if (!isPlural && [...expected].some((name) => !texts.some((text) => text.includes(`{{${name}}}`)))) {
      problems.push(`${path}: ${key} lost a placeholder of ${[...expected].join(', ')}`);
    }
    const frenchMarked = french.flatMap(frenchWords).sort();
    const marked = texts.flatMap(frenchWords).sort();
    if (!isPlural && JSON.stringify(frenchMarked) !== JSON.stringify(marked)) {
      problems.push(`${path}: ${key} must keep the French screen words ${JSON.stringify(frenchMarked)} in <fr>…</fr>, has ${JSON.stringify(marked)}`);
    }
  }
  // Every plural category the language needs (Arabic has six) must be written.
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const all = leaves(readJson(path) as Tree);
  for (const key of new Set([...all.keys()].filter((leaf) => PLURAL.test(leaf)).map((leaf) => leaf.replace(PLURAL, '')))) {
    for (const category of categories) {
      if (category === 'zero' && lang !== 'ar') continue;
      if (!all.has(`${key}_${category}`)) problems.push(`${path}: ${key} needs the plural form ${key}_${category} in ${lang}`);
    }
  }
  return problems;
}

describe('lesson registry', () => {
  it('lists every lesson folder, and every listed lesson has a folder', () => {
    expect([...LESSON_IDS].sort(), 'lessons/index.ts LESSON_IDS vs folders in lessons/').toEqual([...lessonFolders].sort());
  });

  it.each(lessonFolders)('%s: lesson.json matches the schema and its folder', (id) => {
    const path = `lessons/${id}/lesson.json`;
    const result = lessonManifestSchema.safeParse(readJson(path));
    const errors = result.success ? [] : result.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    expect(errors).toEqual([]);
    expect(result.data?.id, `${path}: id must be the folder name`).toBe(id);
    for (const file of ['machine.ts', 'index.ts', 'drive.ts']) expect(existsSync(join(root, 'lessons', id, file)), `lessons/${id}/${file}`).toBe(true);
  });
});

describe('translations', () => {
  const sets = [
    { name: 'common', path: (lang: string) => `src/i18n/locales/${lang}.json` },
    ...lessonFolders.map((id) => ({ name: id, path: (lang: string) => `lessons/${id}/locales/${lang}.json` })),
  ];
  it.each(sets)('$name: every shipped language has the same keys, placeholders and French words as French', ({ path }) => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      if (!existsSync(join(root, path(language.code)))) problems.push(`${path(language.code)} is missing`);
      else if (language.code !== SOURCE_LANGUAGE) problems.push(...compareLocale(path(SOURCE_LANGUAGE), path(language.code), language.code));
    }
    expect(problems).toEqual([]);
  });
});

describe('narration clips', () => {
  it('exist and are up to date for every narrated text (npm run narrate fixes this)', () => {
    expect(checkAudio(root)).toEqual([]);
  });
});

describe('layers (imports flow one way)', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => join(dir, file));
  const importsOf = (file: string) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  const resolveFrom = (file: string, specifier: string) =>
    specifier.startsWith('.') ? relative(root, join(root, file, '..', specifier)) : specifier;

  it('a lesson imports only src/kit (and its own folder), never another lesson or the app', () => {
    const problems: string[] = [];
    for (const file of sourceFiles('lessons').filter((path) => path !== join('lessons', 'index.ts'))) {
      const lesson = file.split('/')[1];
      for (const target of importsOf(file).map((specifier) => resolveFrom(file, specifier))) {
        if (target.startsWith('src/') && !target.startsWith('src/kit')) problems.push(`${file} imports ${target}`);
        if (target.startsWith('lessons/') && !target.startsWith(`lessons/${lesson}/`)) problems.push(`${file} imports ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('below the app, src/ never imports the app or a lesson', () => {
    const problems: string[] = [];
    for (const file of sourceFiles('src').filter((path) => !path.startsWith('src/app/') && path !== 'src/main.tsx')) {
      for (const target of importsOf(file).map((specifier) => resolveFrom(file, specifier))) {
        if (target.startsWith('src/app') || target.startsWith('lessons')) problems.push(`${file} imports ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lesson machines stay pure: no timers, audio, storage or invoked actors', () => {
    const problems: string[] = [];
    for (const id of lessonFolders) {
      const path = `lessons/${id}/machine.ts`;
      const text = readFileSync(join(root, path), 'utf8');
      for (const forbidden of [/\bafter\s*:/, /\binvoke\s*:/, /setTimeout|setInterval/, /howler|localStorage|sessionStorage|fetch\(/]) {
        if (forbidden.test(text)) problems.push(`${path} uses ${forbidden}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
