import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createLive, derived, howToType, NO_TYPING_HELP, OnScreenKeyboard, useDrawnInto, useKeyboardWords, useSendAfterFrame, type Followed, type LayoutId, type TypingFact, type WrongKey } from '../../src/kit/keyboard';
import type { LessonViewProps } from '../../src/kit/lesson';
import { sayInto } from '../../src/kit/sayInto';
import { accepts, expectedLetter, itemText, LETTERS, MAX_TRIES, reviewFor, SHOWS_KEY_BELOW_LEVEL, WORDS, type LettresContext, type lettresMachine } from './machine';
import { NameField } from './NameField';
import { useLessonField } from '../../src/kit/keyboard/useLessonField';
import { FieldNote } from '../../src/kit/keyboard/FieldNote';
import './lettres-et-mots.css';

type Props = LessonViewProps<typeof lettresMachine>;
type Stage = 'letters' | 'words' | 'name' | 'review';

const STAGES: readonly Stage[] = ['letters', 'words', 'name', 'review'];
const ERASE_KEYS = new Set(['Backspace', 'Delete']);

/** What the lesson has accepted so far in this step: what the field shows. */
function acceptedText(stage: Stage, context: LettresContext): string {
  if (stage === 'letters') return LETTERS.slice(0, context.item).join(' ');
  if (stage === 'words') return [...WORDS.slice(0, context.item), WORDS[context.item]?.slice(0, context.typed) ?? ''].join(' ').trimStart();
  return context.review.slice(0, context.item);
}

/** The text to type now, and which of its letters comes next. */
function target(stage: Stage, context: LettresContext): { text: string; next: number } {
  if (stage === 'words') return { text: WORDS[context.item] ?? '', next: context.typed };
  if (stage === 'review') return { text: context.review, next: context.item };
  return { text: itemText('letters', context), next: 0 };
}

/** The text to type, its next letter marked: drawn again only when it moves on, not on a wrong key. */
const Prompt = memo(function Prompt({ title, text, next, note }: { title: string; text: string; next: number; note: string | null }) {
  return (
    <div className="lm-prompt">
      <p className="lm-prompt-title">{title}</p>
      <p className="lm-prompt-text" lang="fr" dir="ltr">
        {[...text].map((letter, index) => (
          <span key={index} className="lm-letter" data-state={index < next ? 'typed' : index === next ? 'next' : 'later'}>
            {letter}
          </span>
        ))}
      </p>
      {note && <p className="lm-prompt-note">{note}</p>}
    </div>
  );
});

interface PracticeFieldProps {
  fieldRef: (element: HTMLInputElement | null) => void;
  value: string;
  restore: () => void;
  label: string;
  focusNote: ReactNode;
  focusEvents: { onFocus: () => void; onBlur: () => void };
}

/**
 * The field the letters go in, drawn again only when its text or its note changes: on a wrong key
 * React would otherwise rewrite the field's attributes, and the browser restyle it, for nothing.
 */
const PracticeField = memo(function PracticeField({ fieldRef, value, restore, label, focusNote, focusEvents }: PracticeFieldProps) {
  return (
    <div className="lm-field-block">
      <label className="lm-label" htmlFor="lm-field">
        {label}
      </label>
      {focusNote}
      <input
        id="lm-field"
        ref={fieldRef}
        className="lm-input"
        value={value}
        onChange={restore}
        lang="fr"
        dir="ltr"
        {...NO_TYPING_HELP}
        onSelect={restore}
        {...focusEvents}
      />
    </div>
  );
});

/** What the keys heard tell, set from the key handler: drawn by the feedback and the keyboard, not the whole view. */
interface Heard {
  /** The last character typed, where the lesson stood then, and whether the lesson refused it there. */
  last: { char: string; code: string | null; at: string; miss: boolean } | null;
  erased: boolean;
}

/** The last character, if it was a miss where the lesson still stands (a skipped step forgets it). */
const missIn = (last: Heard['last'], place: string) => (last?.miss && last.at === place ? last : null);

interface FeedbackProps {
  heard: Followed<Heard>;
  place: string;
  stage: Stage;
  context: LettresContext;
  expected: string;
  t: Props['t'];
}

/** What just happened, one sentence after another. */
function feedbackLines({ last, erased }: Heard, { place, stage, context, expected, t }: Omit<FeedbackProps, 'heard'>): string[] {
  const miss = missIn(last, place);
  const wordDone = stage === 'words' && !miss && last !== null && context.typed === 0 && context.item > 0;
  const capital = !miss && last !== null && last.char !== last.char.toLocaleLowerCase('fr');
  return [
    miss && t('feedback.miss', { typed: miss.char === ' ' ? 'Espace' : miss.char, expected }),
    erased && t('feedback.erase'),
    wordDone && t('feedback.word', { word: WORDS[context.item - 1] }),
    capital && t('feedback.capital'),
    stage === 'name' && context.nameProblem && t(`feedback.name.${context.nameProblem}`),
  ].filter((line): line is string => !!line);
}

/**
 * The feedback, written by the key handler outside React (useDrawnInto): a miss is in the very
 * next frame, and React draws nothing for it until the machine has counted it.
 */
const Feedback = memo(function Feedback({ heard, place, stage, context, expected, t }: FeedbackProps) {
  const draw = useCallback(
    (element: HTMLParagraphElement, now: Heard) => sayInto(element, feedbackLines(now, { place, stage, context, expected, t })),
    [place, stage, context, expected, t],
  );
  return <p ref={useDrawnInto(heard, draw)} className="lm-feedback" role="status" />;
});

interface KeyboardProps {
  wrong: Followed<WrongKey | null>;
  layout: LayoutId;
  showKey: boolean;
  finger: boolean;
  expected: string;
  capsLock: boolean | undefined;
  t: Props['t'];
}

/** The drawing with the key to press; the wrong key just pressed is drawn from the key handler, not from here. */
const LessonKeyboard = memo(function LessonKeyboard({ wrong, layout, showKey, finger, expected, capsLock, t }: KeyboardProps) {
  const words = useKeyboardWords(t);
  // Worked out when the letter to type changes, not on every key press.
  const stroke = useMemo(() => (expected ? howToType(expected, layout)?.[0] ?? null : null), [expected, layout]);
  const keyLabel = useMemo(() => t('keyboard.label', { key: expected.toLocaleUpperCase('fr') }), [t, expected]);
  return (
    <OnScreenKeyboard
      layout={layout}
      label={showKey && stroke ? keyLabel : t('keyboard.plain')}
      highlight={showKey ? stroke : null}
      liveWrong={wrong}
      capsLock={capsLock}
      finger={showKey && finger}
      showNumpad={false}
      words={words}
    />
  );
});

export function LettresEtMotsView({ snapshot, send, t, learner }: Props) {
  const layout = learner.keyboardLayout ?? 'fr-azerty';
  const stage = STAGES.find((name) => snapshot.matches(name)) ?? 'review';
  const { context } = snapshot;
  const { text, next } = target(stage, context);
  // The machine's own rule: the view shows it, and draws a miss before the machine hears of it.
  const expected = stage === 'name' ? '' : expectedLetter(stage, context);
  const place = `${stage}:${context.item}:${context.typed}`;
  const [heard] = useState(() => createLive<Heard>({ last: null, erased: false }));
  // The wrong key on the drawing: the last key typed, while it is a miss where the lesson stands.
  const wrong = useMemo(
    () => derived(heard, ({ last }): WrongKey | null => {
      const code = missIn(last, place)?.code;
      return code ? { code } : null;
    }),
    [heard, place],
  );
  const [capsLock, setCapsLock] = useState<boolean | undefined>(undefined);
  const sender = useSendAfterFrame(send, place);
  const [focused, setFocused] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const value = acceptedText(stage, context);

  const onFact = (fact: TypingFact) => {
    if (fact.kind === 'modifiers') setCapsLock(fact.capsLock);
    if (fact.kind === 'key') {
      const erased = ERASE_KEYS.has(fact.code);
      if (erased !== heard.get().erased) heard.set({ ...heard.get(), erased });
    }
    if (fact.kind !== 'char') return;
    const event = { type: 'user.char', char: fact.char } as const;
    const miss = stage === 'name' || !accepts(stage, context, fact.char);
    heard.set({ last: { char: fact.char, code: fact.code, at: place, miss }, erased: false });
    // A miss: its sentence and the wrong key are drawn now (they follow `heard`), and the machine
    // counts it after the frame.
    if (miss) sender.later(event);
    else sender.now(event);
  };
  const { ref, restore, held } = useLessonField<HTMLInputElement>(layout, value, value.length, onFact);

  // Each step starts with the cursor in the field, even after « Passer cette étape »: left on that
  // button, the Space or Entrée of the next exercise would pass the next step too.
  useEffect(() => {
    stageRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [stage]);

  // The usual suspects, or letters this learner missed (fixed when the revision starts).
  const fromThisLearner = context.review !== reviewFor('', '');

  // The same elements and handlers from one key press to the next: the field is not drawn again on a wrong key.
  // A key held down counts once: the note says so until the next key.
  const focusNote = useMemo(
    () => (
      <FieldNote
        className="lm-focus-note"
        layout={layout}
        focused={focused}
        held={held}
        onField={t('field.focused')}
        away={t('field.notFocused')}
        heldNote={(key) => t('field.held', { key })}
      />
    ),
    [focused, held, layout, t],
  );
  const focusEvents = useMemo(() => ({ onFocus: () => setFocused(true), onBlur: () => setFocused(false) }), []);

  return (
    <div className="lettres-et-mots" ref={stageRef}>
      {stage === 'name' ? (
        <NameField t={t} focusNote={focusNote} focusEvents={focusEvents} onName={(length, otherCharacters) => send({ type: 'user.name', length, otherCharacters })} />
      ) : (
        <div className="lm-work">
          <Prompt title={t(`prompt.${stage}`)} text={text} next={next} note={stage === 'review' ? t(fromThisLearner ? 'review.missed' : 'review.usual') : null} />
          <PracticeField fieldRef={ref} value={value} restore={restore} label={t('field.label')} focusNote={focusNote} focusEvents={focusEvents} />
        </div>
      )}

      <Feedback heard={heard} place={place} stage={stage} context={context} expected={expected} t={t} />

      <LessonKeyboard
        wrong={wrong}
        layout={layout}
        showKey={stage !== 'name' && (context.level < SHOWS_KEY_BELOW_LEVEL || context.tries > 0)}
        finger={context.tries >= MAX_TRIES}
        expected={expected}
        capsLock={capsLock}
        t={t}
      />
      {layout !== 'fr-azerty' && <p className="lm-layout-note">{t('keyboard.qwerty')}</p>}
    </div>
  );
}
