import { createActor } from 'xstate';
import type { LessonInput } from '../../src/kit/lesson';
import { accentsMachine, REVISION_WORDS, WORDS } from './machine';

const start = (input: Partial<LessonInput> = { level: 0 }) => createActor(accentsMachine, { input }).start();
type Actor = ReturnType<typeof start>;
const type = (actor: Actor, text: string) => [...text].forEach((char) => actor.send({ type: 'user.char', char }));
const at = (actor: Actor) => Object.keys(actor.getSnapshot().value)[0];

describe('accents', () => {
  it('is typed through: the accents with a key, then ^ and ¨, then words', () => {
    const actor = start();
    type(actor, 'éèçàù');
    expect(at(actor)).toBe('circumflex');
    type(actor, 'êôîû');
    expect(at(actor)).toBe('trema');
    type(actor, 'ëï');
    expect(at(actor)).toBe('words');
    type(actor, 'fenêtreélèvehôpitalNoëlaoût');
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({ score: 100, attempts: 16, level: 2, weakKeys: [], revisedKeys: [] });
  });

  it('keeps the word where it was after a miss: the field never holds a wrong letter', () => {
    const actor = start();
    for (let step = 0; step < 3; step += 1) actor.send({ type: 'lesson.skip' });
    type(actor, 'fen');
    type(actor, 'e');
    expect(actor.getSnapshot().context).toMatchObject({ item: 0, pos: 3, missesHere: 1, lastTry: 'miss' });
    // ^ then z: one slip, not two, whatever the letter.
    actor.send({ type: 'user.char', char: '^z' });
    expect(actor.getSnapshot().context).toMatchObject({ pos: 3, missesHere: 2, weak: ['ê'] });
    type(actor, 'être');
    expect(actor.getSnapshot().context).toMatchObject({ item: 1, pos: 0, missesHere: 0 });
  });

  it('fades the guidance with each word without a miss, and brings it back after two misses', () => {
    const actor = start({ level: 0 });
    type(actor, 'é');
    expect(actor.getSnapshot().context.level).toBe(1);
    type(actor, 'è');
    expect(actor.getSnapshot().context.level).toBe(2);
    type(actor, '99');
    expect(actor.getSnapshot().context.level).toBe(1);
    type(actor, 'ç');
    // A letter typed after misses does not fade the guidance.
    expect(actor.getSnapshot().context.level).toBe(1);
    type(actor, 'à');
    expect(actor.getSnapshot().context.level).toBe(2);
  });

  it('practises again the accents missed twice, with remembered ones from other lessons, at most three', () => {
    const actor = start({ level: 0, weakKeys: ['@', 'û', 'ô'] });
    expect(actor.getSnapshot().context.review).toEqual(['û', 'ô']);
    type(actor, 'eeé');
    type(actor, 'eeè');
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(at(actor)).toBe('revision');
    expect(actor.getSnapshot().context.revision).toEqual(['é', 'è', 'û']);
    type(actor, ['é', 'è', 'û'].map((char) => REVISION_WORDS[char]).join(''));
    expect(actor.getSnapshot().status).toBe('done');
    // Only this lesson's misses go back to be remembered; the runner keeps the older ones.
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['é', 'è'], attempts: 5, score: 60 });
    // All three were practised to the end: the stored list may forget û (é and è are weak again).
    expect(actor.getSnapshot().output?.revisedKeys).toEqual(['é', 'è', 'û']);
  });

  it('gives back a remembered accent typed through the revision, but not one it could not practise', () => {
    const actor = start({ level: 0, weakKeys: ['Z', 'ô'] });
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().context.revision).toEqual(['ô']);
    type(actor, 'hôte');
    expect(actor.getSnapshot().status).toBe('active');
    type(actor, 'l');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: [], revisedKeys: ['ô'] });
  });

  it('keeps a remembered accent missed twice again in the revision: weak again, so it stays', () => {
    const actor = start({ level: 0, weakKeys: ['ô'] });
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    type(actor, 'hooôtel');
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['ô'], revisedKeys: ['ô'] });
  });

  it('has a practice word for every accent it teaches', () => {
    const taught = new Set([...WORDS.direct, ...WORDS.circumflex, ...WORDS.trema]);
    for (const char of taught) expect(REVISION_WORDS[char], char).toContain(char);
  });

  it('shows the hint after lesson.idle, and can be skipped to the end without a key', () => {
    const actor = start({ level: 3 });
    expect(actor.getSnapshot().context.level).toBe(2);
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 2, weakKeys: [], revisedKeys: [] });
  });

  it('ends with the revision skipped too: nothing revised, even after its first words', () => {
    const actor = start({ level: 0, weakKeys: ['ô'] });
    type(actor, 'eeé');
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'lesson.skip' });
    expect(at(actor)).toBe('revision');
    expect(actor.getSnapshot().context.revision).toEqual(['é', 'ô']);
    type(actor, 'cafého');
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['é'], revisedKeys: [], attempts: 2, score: 50 });
  });
});
