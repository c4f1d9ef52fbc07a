import { useEffect, useRef, useState } from 'react';
import { getLayout, keyName, NO_TYPING_HELP, OnScreenKeyboard, useKeyboardWords, type KeyCode, type TypingFact } from '../../src/kit/keyboard';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import { helpfulKey } from './editing';
import { exerciseAt, SHOWS_KEY_BELOW_LEVEL, MAX_TRIES, type touchesMachine } from './machine';
import { useLessonField } from '../../src/kit/keyboard/useLessonField';
import { FieldNote } from '../../src/kit/keyboard/FieldNote';
import './touches-essentielles.css';

type Props = LessonViewProps<typeof touchesMachine>;

const STAGES = ['space', 'enter', 'backspace', 'arrows', 'delete', 'practice', 'revision'] as const;
/** Steps done without the key shown first, unless the learner's level still asks for it. */
const ALONE = new Set<string>(['practice', 'revision']);
/** Keys that only move focus or change a lock: not an answer to anything here. */
const IGNORED = new Set(['Tab', 'Escape', 'CapsLock', 'NumLock']);
/** The lesson names keys in French whatever the learner's language or keyboard: that is what people say. */
const FRENCH = getLayout('fr-azerty');
const frenchName = (code: string) => keyName(FRENCH, code as KeyCode);

/** The key a fact stands for, as the lesson judges keys; null for facts that are no answer. */
function pressedKey(fact: TypingFact): { code: string; label: string } | null {
  if (fact.kind === 'key') {
    if (IGNORED.has(fact.code)) return null;
    const code = fact.code === 'NumpadEnter' ? 'Enter' : fact.code;
    return { code, label: frenchName(code) };
  }
  // The space bar is already a key fact; any other character is a key the lesson did not ask for.
  if (fact.kind === 'char' && fact.char !== ' ') return { code: fact.code ?? 'Unidentified', label: fact.char };
  return null;
}

/**
 * Where the letter to erase is: the one nearest the cursor whose removal gives the model. Between
 * two like letters (« jj »), the one the expected key erases: after the cursor for Suppr.
 */
function extraLetter(text: string, goal: string, cursor: number, expected: string): number | null {
  if (goal.length !== text.length - 1) return null;
  const places = [...text].map((_, index) => index).filter((index) => text.slice(0, index) + text.slice(index + 1) === goal);
  const after = expected === 'Delete' ? -1 : 1;
  return places.sort((a, b) => Math.abs(a + 0.5 - cursor) - Math.abs(b + 0.5 - cursor) || after * (a - b))[0] ?? null;
}

export function TouchesEssentiellesView({ snapshot, send, t, learner }: Props) {
  const layout = learner.keyboardLayout ?? 'fr-azerty';
  const stage = STAGES.find((name) => snapshot.matches(name)) ?? 'practice';
  const { context } = snapshot;
  const exercise = exerciseAt(context.exercise);
  const [last, setLast] = useState<{ code: string; label: string } | null>(null);
  const [focused, setFocused] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const words = useKeyboardWords(t);

  const { ref, field, restore, held } = useLessonField<HTMLTextAreaElement>(layout, exercise.text, context.cursor, (fact) => {
    const key = pressedKey(fact);
    if (!key) return;
    setLast(key);
    send({ type: 'user.key', code: key.code });
  });

  // Each step starts with the cursor in the field, even after « Passer cette étape »: left on that
  // button, the Space or Entrée this lesson asks for would pass the next step too.
  useEffect(() => field.current?.focus(), [stage, field]);

  const expected = helpfulKey(exercise, context.cursor);
  const showKey = !ALONE.has(stage) || context.level < SHOWS_KEY_BELOW_LEVEL || context.tries > 0;
  const missed = context.feedback === 'wrongKey' || context.feedback === 'useArrows';
  const wrong = missed && last && last.code !== 'Unidentified' ? last.code : null;
  const printed = keyName(getLayout(layout), expected);
  const extra = extraLetter(exercise.text, exercise.goal, context.cursor, expected);
  const names = { pressed: last?.label ?? '', expected: frenchName(expected) };

  return (
    <div className="touches-essentielles" ref={stageRef}>
      <div className="te-work">
        <div className="te-field-block">
          <label className="te-label" htmlFor="te-field">
            {t(stage === 'practice' ? 'field.list' : 'field.message')}
          </label>
          {/* A key held down counts once: the note says so until the next key. */}
          <FieldNote
            className="te-focus-note"
            layout={layout}
            focused={focused}
            held={held}
            onField={t('field.focused')}
            away={t('field.notFocused')}
            heldNote={(key) => t('field.held', { key })}
          />
          <div className="te-field" dir="ltr" lang="fr">
            <div className="te-backdrop" aria-hidden="true">
              <Backdrop text={exercise.text} cursor={context.cursor} extra={extra} />
            </div>
            <textarea
              id="te-field"
              ref={ref}
              className="te-textarea"
              value={exercise.text}
              onChange={restore}
              rows={2}
              {...NO_TYPING_HELP}
              onSelect={restore}
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
            />
          </div>
        </div>

        <div className="te-model">
          <p className="te-model-title">{t('field.model')}</p>
          <p className="te-model-text" lang="fr" dir="ltr">
            {exercise.goal}
          </p>
        </div>
      </div>

      <p className="te-feedback" role="status">
        {context.feedback === 'done' && t('feedback.done')}
        {context.feedback === 'placed' && t('feedback.placed')}
        {context.feedback === 'wrongPlace' && t('feedback.wrongPlace')}
        {context.feedback === 'wrongKey' && <SayText text={t('feedback.wrongKey', names)} />}
        {context.feedback === 'useArrows' && <SayText text={t('feedback.useArrows', names)} />}
      </p>

      <OnScreenKeyboard
        layout={layout}
        label={showKey ? t('keyboard.label', { key: frenchName(expected) }) : t('keyboard.plain')}
        highlight={showKey ? { code: expected, shift: false, altGr: false } : null}
        wrong={wrong}
        finger={showKey && context.tries >= MAX_TRIES}
        showNumpad={false}
        words={words}
      />
      {showKey && layout !== 'fr-azerty' && printed !== frenchName(expected) && (
        <p className="te-printed">
          {t('keyboard.yours')} <kbd lang={getLayout(layout).lang}>{printed}</kbd>
        </p>
      )}
    </div>
  );
}

/** The field's text drawn again behind it: the letter to erase in colour, and a thick cursor. */
function Backdrop({ text, cursor, extra }: { text: string; cursor: number; extra: number | null }) {
  const cuts = [...new Set([0, cursor, ...(extra === null ? [] : [extra, extra + 1]), text.length])].sort((a, b) => a - b);
  return (
    <>
      {cuts.slice(0, -1).map((start, index) => {
        const end = cuts[index + 1];
        const piece = text.slice(start, end);
        return (
          <span key={start}>
            {start === cursor && <span className="te-caret" />}
            {start === extra ? <mark className="te-extra">{piece}</mark> : piece}
          </span>
        );
      })}
      {cursor === text.length && <span className="te-caret" />}
      {/* A last line break needs a character after it to take its height. */}
      {'\u200b'}
    </>
  );
}
