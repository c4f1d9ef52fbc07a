import { createActor } from 'xstate';
import { fieldStatus, firstDifference, nextChar, VILLE_WITH_TYPO } from './form';
import { keyHelp, keysLabel } from './help';
import { isRevisable, MAX_COUNTED_MISSES, remplirUnFormulaireMachine, REVISION_STEP, SLIPS_FOR_FINGER, STAGES, TOP_LEVEL, type RemplirUnFormulaireEvent } from './machine';

const start = (level = 0, weakKeys: string[] = []) => createActor(remplirUnFormulaireMachine, { input: { level, weakKeys } }).start();
const type = (actor: ReturnType<typeof start>, text: string) => [...text].forEach((char) => actor.send({ type: 'user.char', char }));

/** The whole form done right, step by step. */
const CLEAN_RUN: RemplirUnFormulaireEvent[] = [
  { type: 'user.focusField', field: 'nom', via: 'other' },
  { type: 'user.fieldChanged', field: 'nom', result: 'complete', expected: null },
  { type: 'user.focusField', field: 'prenom', via: 'tab' },
  { type: 'user.fieldChanged', field: 'prenom', result: 'complete', expected: null },
  { type: 'user.focusField', field: 'nom', via: 'shiftTab' },
  { type: 'user.caretMoved', atTypo: true },
  { type: 'user.fieldChanged', field: 'ville', result: 'complete', expected: null },
  { type: 'user.selected', whole: true },
  { type: 'user.copied', whole: true },
  { type: 'user.fieldChanged', field: 'telephone', result: 'complete', expected: null },
  { type: 'user.submit' },
];

describe('remplir-un-formulaire machine', () => {
  it('goes through every step in order with a clean run, and levels up', () => {
    const actor = start(0);
    const seen: string[] = [];
    for (const event of CLEAN_RUN) {
      seen.push(STAGES.find((stage) => actor.getSnapshot().matches(stage))!);
      actor.send(event);
    }
    expect(seen).toEqual([...STAGES]);
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ score: 100, attempts: STAGES.length, level: 1, weakKeys: [] });
  });

  it('counts a click in the wrong box as a slip, and the right box as success', () => {
    const actor = start();
    actor.send({ type: 'user.focusField', field: 'ville', via: 'other' });
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, slips: 1, lastTry: 'miss' });
    expect(actor.getSnapshot().matches('clickNom')).toBe(true);
    actor.send({ type: 'user.focusField', field: 'nom', via: 'tab' });
    expect(actor.getSnapshot().matches('typeNom')).toBe(true);
    // A new step starts with a clean slate.
    expect(actor.getSnapshot().context).toMatchObject({ slips: 0, lastTry: null, done: 1 });
  });

  it('asks for Tab and Maj+Tab: a click works, but is not the step, and is not a mistake', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.focusField', field: 'prenom', via: 'other' });
    expect(actor.getSnapshot().matches('tab')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ misses: 0, lastTry: 'wrongMove' });
    actor.send({ type: 'user.focusField', field: 'prenom', via: 'tab' });
    actor.send({ type: 'lesson.skip' });
    // Tab without Maj goes forward, to « Ville ».
    actor.send({ type: 'user.focusField', field: 'ville', via: 'tab' });
    expect(actor.getSnapshot().context.lastTry).toBe('wrongMove');
    actor.send({ type: 'user.focusField', field: 'nom', via: 'tab' });
    expect(actor.getSnapshot().matches('shiftTab')).toBe(true);
    actor.send({ type: 'user.focusField', field: 'nom', via: 'shiftTab' });
    expect(actor.getSnapshot().matches('placeCursor')).toBe(true);
  });

  it('counts each new mistake in a field, caps the slips that bring the finger hint, and ignores other fields', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.fieldChanged', field: 'prenom', result: 'mistake', expected: 'M' });
    expect(actor.getSnapshot().context.misses).toBe(0);
    for (let slip = 0; slip < 8; slip += 1) actor.send({ type: 'user.fieldChanged', field: 'nom', result: 'mistake', expected: 'D' });
    expect(actor.getSnapshot().context).toMatchObject({ misses: MAX_COUNTED_MISSES, slips: SLIPS_FOR_FINGER });
    actor.send({ type: 'user.fieldChanged', field: 'nom', result: 'complete', expected: null });
    expect(actor.getSnapshot().matches('tab')).toBe(true);
  });

  it('counts both steps when « Ville » is fixed before the cursor step was noticed, and copy-before-select too', () => {
    const actor = start();
    for (let step = 0; step < 5; step += 1) actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.fieldChanged', field: 'ville', result: 'complete', expected: null });
    expect(actor.getSnapshot().matches('select')).toBe(true);
    actor.send({ type: 'user.copied', whole: true });
    expect(actor.getSnapshot().matches('paste')).toBe(true);
    expect(actor.getSnapshot().context.done).toBe(4);
  });

  it('asks for the whole number before it counts the copy', () => {
    const actor = start();
    for (let step = 0; step < 8; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().matches('copy')).toBe(true);
    actor.send({ type: 'user.copied', whole: false });
    expect(actor.getSnapshot().context).toMatchObject({ misses: 1, lastTry: 'miss' });
    actor.send({ type: 'user.copied', whole: true });
    expect(actor.getSnapshot().matches('paste')).toBe(true);
  });

  it('shows the hint after lesson.idle, and every step can be skipped to the end', () => {
    const actor = start(1);
    actor.send({ type: 'lesson.idle' });
    expect(actor.getSnapshot().hasTag('hinted')).toBe(true);
    for (let step = 0; step < STAGES.length; step += 1) actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    // Nothing done, nothing counted: the end screen says the exercises were skipped; the help comes back.
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 0, weakKeys: [] });
  });

  it('keeps the level after a run with a few slips, and never goes past the top', () => {
    const actor = start(TOP_LEVEL + 5);
    expect(actor.getSnapshot().context.level).toBe(TOP_LEVEL);
    actor.send(CLEAN_RUN[0]);
    actor.send({ type: 'user.fieldChanged', field: 'nom', result: 'mistake', expected: 'D' });
    actor.send({ type: 'user.fieldChanged', field: 'nom', result: 'mistake', expected: 'D' });
    for (const event of CLEAN_RUN.slice(1)) actor.send(event);
    // The D of DUPONT, missed twice, is practised at the end.
    expect(actor.getSnapshot().matches('revision')).toBe(true);
    type(actor, 'DD');
    expect(actor.getSnapshot().output).toEqual({ score: 85, attempts: 13, level: TOP_LEVEL, weakKeys: ['D'], revisedKeys: ['D'] });
  });
});

describe('the closing revision of weak keys', () => {
  const skipForm = (actor: ReturnType<typeof start>) => {
    for (let step = 0; step < STAGES.length; step += 1) actor.send({ type: 'lesson.skip' });
  };

  it('practises the weak keys of earlier lessons it can, twice each, and gives them back as revised', () => {
    const actor = start(0, ['é', '@', 'Backspace', 'm', '7', 'x']);
    expect(actor.getSnapshot().context.weak).toEqual(['@', 'm', '7']);
    skipForm(actor);
    expect(actor.getSnapshot().matches('revision')).toBe(true);
    expect(actor.getSnapshot().getMeta()).toMatchObject({ [`remplir-un-formulaire.revision`]: { step: REVISION_STEP } });
    type(actor, '@@mm7');
    expect(actor.getSnapshot().context).toMatchObject({ pos: 5, slips: 0 });
    type(actor, '7');
    expect(actor.getSnapshot().output).toEqual({ score: 0, attempts: 0, level: 0, weakKeys: [], revisedKeys: ['@', 'm', '7'] });
  });

  it('shows a slip on the character expected, and keeps a key missed twice weak', () => {
    const actor = start(0, ['@']);
    skipForm(actor);
    type(actor, 'a');
    expect(actor.getSnapshot().context).toMatchObject({ pos: 0, slips: 1, lastTry: 'miss' });
    type(actor, 'à');
    expect(actor.getSnapshot().context).toMatchObject({ pos: 0, slips: SLIPS_FOR_FINGER, newWeak: ['@'] });
    type(actor, '@');
    expect(actor.getSnapshot().context).toMatchObject({ pos: 1, slips: 0, lastTry: null });
    type(actor, '@');
    // Revised, but missed again: the stored list keeps it (see progress.nextWeakKeys).
    expect(actor.getSnapshot().output).toMatchObject({ weakKeys: ['@'], revisedKeys: ['@'] });
  });

  it('can be skipped: nothing is said revised', () => {
    const actor = start(0, ['@']);
    skipForm(actor);
    actor.send({ type: 'lesson.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).not.toHaveProperty('revisedKeys');
  });

  it('comes only when there is something to practise, and only for letters missed twice in a typed word', () => {
    const actor = start();
    actor.send({ type: 'lesson.skip' });
    actor.send({ type: 'user.fieldChanged', field: 'nom', result: 'mistake', expected: 'D' });
    actor.send({ type: 'user.fieldChanged', field: 'nom', result: 'mistake', expected: 'U' });
    expect(actor.getSnapshot().context.newWeak).toEqual(['U']);
    // A slip in « Ville » is a cursor matter, not a key to practise.
    const other = start();
    for (let step = 0; step < 6; step += 1) other.send({ type: 'lesson.skip' });
    other.send({ type: 'user.fieldChanged', field: 'ville', result: 'mistake', expected: 't' });
    other.send({ type: 'user.fieldChanged', field: 'ville', result: 'mistake', expected: 't' });
    expect(other.getSnapshot().context.weak).toEqual([]);
    for (let step = 0; step < 5; step += 1) other.send({ type: 'lesson.skip' });
    expect(other.getSnapshot().status).toBe('done');
  });

  it('takes up only characters every keyboard has a key for, without a dead key', () => {
    expect(['a', 'Z', '5', '@', '.', '-', '_', '/'].every(isRevisable)).toBe(true);
    expect(['é', 'ê', 'Backspace', ' ', '€', ''].some(isRevisable)).toBe(false);
  });
});

describe('the form and its fiche', () => {
  it('tells a field on its way from a mistake', () => {
    expect(fieldStatus('nom', 'DUP')).toBe('onTrack');
    expect(fieldStatus('nom', 'Dup')).toBe('mistake');
    expect(fieldStatus('nom', 'DUPONT')).toBe('complete');
    expect(fieldStatus('telephone', '06 12 34 56 78')).toBe('complete');
    expect(nextChar('prenom', 'Mar')).toBe('i');
  });

  it('accepts the fix of « Ville » in either order, and nothing else', () => {
    expect(fieldStatus('ville', VILLE_WITH_TYPO)).toBe('onTrack');
    expect(fieldStatus('ville', 'Clermon-Ferrand')).toBe('onTrack');
    expect(fieldStatus('ville', 'Clermondt-Ferrand')).toBe('onTrack');
    expect(fieldStatus('ville', 'Clermont-Ferrand')).toBe('complete');
    expect(fieldStatus('ville', 'ClermondFerrand')).toBe('mistake');
  });

  it('names the first difference: what was typed, and what was expected', () => {
    expect(firstDifference('nom', 'DUPo')).toEqual({ typed: 'o', expected: 'O' });
    expect(firstDifference('prenom', 'Marie ')).toEqual({ typed: ' ', expected: null });
    expect(firstDifference('nom', 'DUP')).toBeNull();
  });

  it('shows the key pressed and the key wanted, named on the learner’s own keyboard', () => {
    const values = { nom: 'DUPo', prenom: '', ville: VILLE_WITH_TYPO, telephone: '' };
    const help = keyHelp('typeNom', values, null, 'fr-azerty', { char: 'o', code: 'KeyO' });
    expect(help).toMatchObject({ wrong: 'KeyO', highlight: { code: 'KeyO', shift: true }, mistake: { typed: 'o', expected: 'O' } });
    expect(keysLabel(help.highlight!, 'fr-azerty')).toBe('Maj + O');
    expect(keysLabel(help.highlight!, 'us-qwerty')).toBe('Shift + O');
    // On AZERTY, A is where a QWERTY keyboard has Q.
    expect(keyHelp('typePrenom', { ...values, prenom: 'M' }, null, 'fr-azerty', null).highlight).toMatchObject({ code: 'KeyQ', shift: false });
    expect(keyHelp('fixTypo', { ...values, ville: 'Clermon-Ferrand' }, 7, 'fr-azerty', null).highlight).toMatchObject({ code: 'KeyT' });
    expect(keysLabel(keyHelp('copy', values, null, 'fr-azerty', null).highlight!, 'fr-azerty', true)).toBe('Ctrl + C');
  });
});
