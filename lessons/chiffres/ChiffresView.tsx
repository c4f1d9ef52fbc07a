import { useCallback, useMemo, type KeyboardEvent } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { derived, howToType, useDrawnInto, useHeardMiss, useSendAfterFrame, type HeardChar, type Keystroke, type LayoutId, type TypingFact, type WrongKey } from '../../src/kit/keyboard';
import { isDigit, TAX_MAX, TAX_NUMBER, taxCheck, textOf } from './drill';
import { expectedChar, type ChiffresStep, type chiffresMachine } from './machine';
import { asKey, holdName, mainKeyName, RichText } from '../../src/kit/keyboard/RichText';
import { drawTypingLines, TypingPanel } from '../../src/kit/keyboard/TypingPanel';
import { CAPS_LOCK_STROKE, capsLockInTheWay } from '../../src/kit/keyboard/drillKeys';
import { useCapsLockLamp } from '../../src/kit/keyboard/useCapsLockLamp';
import './chiffres.css';

type Props = LessonViewProps<typeof chiffresMachine>;

const STEPS: readonly ChiffresStep[] = ['topRow', 'keypad', 'phone', 'date', 'taxNumber', 'revision'];
/** Keys of the keypad that type a digit with Verr. Num on, and move the cursor with it off. */
const KEYPAD_DIGIT = /^Numpad\d$/;

/** The key to press now: the keypad's own key in the keypad step, else the layout's route. */
function strokeFor(layout: LayoutId, step: ChiffresStep, char: string | undefined, numLock: boolean | null): Keystroke | null {
  if (char === undefined) return null;
  if (step === 'keypad' && numLock === false) return { code: 'NumLock', shift: false, altGr: false };
  if (step === 'keypad') return { code: `Numpad${char}` as Keystroke['code'], shift: false, altGr: false };
  return howToType(char, layout)?.[0] ?? null;
}

export function ChiffresView({ snapshot, send, t, learner }: Props) {
  const step = STEPS.find((name) => snapshot.matches(name));
  const [capsLock, onCapsLock] = useCapsLockLamp();
  if (!step) return null;
  return (
    <div className="chiffres">
      <Exercise key={step} step={step} snapshot={snapshot} send={send} t={t} layout={learner.keyboardLayout ?? 'fr-azerty'} capsLock={capsLock} onCapsLock={onCapsLock} />
    </div>
  );
}

interface ExerciseProps extends Pick<Props, 'snapshot' | 'send' | 't'> {
  step: ChiffresStep;
  layout: LayoutId;
  capsLock: boolean | undefined;
  onCapsLock: (on: boolean) => void;
}

function Exercise({ step, snapshot, send, t, layout, capsLock, onCapsLock }: ExerciseProps) {
  const { context } = snapshot;
  const tax = step === 'taxNumber';
  const expected = expectedChar(step, context);
  const stroke = strokeFor(layout, step, expected, context.numLock);
  // Verr. Maj left on (by the last person at this PC): Maj + 1 gives &. It is turned off first.
  const capsInTheWay = step !== 'keypad' && capsLockInTheWay(layout, stroke, capsLock);
  // Help fades with the level; it comes back after a miss or with the hint.
  const guided = context.level < 2 || context.missesHere > 0 || snapshot.hasTag('hinted') || (step === 'keypad' && context.numLock === false);
  const place = `${step}:${context.pos}:${context.typed.length}`;

  // In the guided steps a miss is drawn by the key handler (the sentence, the wrong key), and the
  // machine counts it just after that frame (feedbackFirst.ts). The tax number is checked by the
  // machine: what is typed there goes to it at once, as does a key the lesson accepts.
  const { heard, miss: last } = useHeardMiss(place);
  // In the tax number, a digit or a space is no miss (the machine adds or ignores it), only another sign.
  const missed = (typed: HeardChar | null): typed is HeardChar =>
    typed !== null && (!tax || (context.missesHere > 0 && !isDigit(typed.char) && typed.char !== ' '));
  const wrong = useMemo(
    () => derived(last, (typed): WrongKey | null => (typed?.code && missed(typed) ? { code: typed.code, typed: typed.char } : null)),
    [last, tax, context.missesHere],
  );
  const sender = useSendAfterFrame(send, place);

  const onFact = (fact: TypingFact) => {
    if (fact.kind === 'char') {
      const event = { type: 'user.char', char: fact.char, keypad: fact.code !== null && fact.code.startsWith('Numpad') } as const;
      // The machine's rules: the character expected, or in the tax number a digit while there is room.
      const accepted = tax ? isDigit(fact.char) && context.typed.length < TAX_MAX : fact.char === expected;
      heard.set(accepted ? null : { char: fact.char, code: fact.code, at: place });
      if (tax || accepted) sender.now(event);
      else sender.later(event);
    } else if (fact.kind === 'key' && (fact.code === 'Backspace' || fact.code === 'Enter' || fact.code === 'NumpadEnter')) {
      heard.set(null);
      sender.now({ type: 'user.key', code: fact.code === 'Backspace' ? 'Backspace' : 'Enter' });
    } else if (fact.kind === 'modifiers') {
      onCapsLock(fact.capsLock);
      // Only a lamp said to be on is trusted: some systems always report it off.
      if (fact.numLock) sender.now({ type: 'user.numLock', on: true });
    }
  };
  // With Verr. Num off, a keypad digit key arrives as End, ArrowDown…: that tells the lamp is off.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (KEYPAD_DIGIT.test(event.code) && event.key.length > 1) sender.now({ type: 'user.numLock', on: false });
  };

  const how = (target: Keystroke | null) => {
    if (!target) return '';
    const hold = holdName(layout, target);
    const key = `<k>${mainKeyName(layout, target)}</k>`;
    if (hold) return t('how.hold', { hold: `<k>${hold}</k>`, key });
    return t(KEYPAD_DIGIT.test(target.code) ? 'how.keypad' : 'how.press', { key });
  };

  const check = tax && context.note === 'checked' ? taxCheck(context.typed) : null;
  const lines = (typed: HeardChar | null): string[] => {
    const said: string[] = [];
    const miss = missed(typed);
    if (miss && expected !== undefined) {
      said.push(t('feedback.wrong', { typed: asKey(layout, typed.char), expected: asKey(layout, expected) }), capsInTheWay ? t('feedback.capsLockOn') : how(stroke));
    } else if (miss) {
      said.push(t('feedback.notDigit', { typed: asKey(layout, typed.char) }));
    }
    if (step === 'keypad' && context.numLock === false) said.push(t('feedback.numLockOff'));
    if (capsInTheWay && !miss) said.push(t('feedback.capsLockOn'));
    if (context.note === 'topRow') said.push(t('feedback.topRow'));
    if (tax && typed?.char === ' ') said.push(t('feedback.noSpace'));
    if (check) said.push(t(`feedback.tax.${check.kind}`, { count: check.count, total: TAX_NUMBER.length }));
    if (!miss && guided && stroke && said.length === 0) said.push(t('feedback.next', { char: asKey(layout, expected ?? '') }) + ' ' + how(stroke));
    if (layout === 'us-qwerty' && step !== 'keypad') said.push(t('feedback.qwerty'));
    return said;
  };
  // Drawn again when what the lines read changes: the machine's context, the step, the help.
  const drawLines = useCallback((line: HTMLParagraphElement, typed: HeardChar | null) => drawTypingLines(line, lines(typed), layout), [context, guided, layout, t, capsInTheWay]);
  const feedbackRef = useDrawnInto(last, drawLines);

  // The key drawn: after a check that found digits to erase, Retour arrière, whatever the level.
  const shown: Keystroke | null =
    check && check.kind !== 'missing' ? { code: 'Backspace', shift: false, altGr: false } : capsInTheWay ? CAPS_LOCK_STROKE : guided ? stroke : null;
  const model = tax ? TAX_NUMBER : textOf(step, context.weak);
  return (
    <TypingPanel
      layout={layout}
      t={t}
      caption={<RichText text={t(`caption.${step}`)} keysLang="fr" />}
      model={model}
      done={tax ? null : context.pos}
      value={tax ? context.typed : model.slice(0, context.pos)}
      highlight={shown}
      wrong={null}
      liveWrong={wrong}
      finger={context.level === 0 || context.missesHere >= 2}
      showNumpad={step === 'keypad'}
      numLock={step === 'keypad' ? context.numLock ?? undefined : undefined}
      capsLock={capsLock}
      feedbackRef={feedbackRef}
      extra={tax ? <TaxBoxes typed={context.typed} wrong={check?.kind === 'different' ? check.count - 1 : null} t={t} /> : null}
      keyboardLabel={shown ? t('keyboard.labelKeys', { keys: plain(how(shown)) }) : t('keyboard.label')}
      onFact={onFact}
      onKeyDown={onKeyDown}
    />
  );
}

const plain = (text: string) => text.replace(/<\/?(fr|k)>/g, '');

/**
 * The 13 boxes of the tax number: digits in excess show beyond them, so they can be counted; after
 * a check, the box of the wrong digit is marked until it is erased.
 */
function TaxBoxes({ typed, wrong, t }: { typed: string; wrong: number | null; t: Props['t'] }) {
  const boxes = Math.max(TAX_NUMBER.length, typed.length);
  return (
    <div className="tax-boxes">
      <p className="tax-count">{t('tax.count', { count: typed.length, total: TAX_NUMBER.length })}</p>
      <div className="tax-row" lang="fr" dir="ltr" aria-hidden="true">
        {Array.from({ length: boxes }, (_, index) => (
          <span key={index} className="tax-box" data-extra={index >= TAX_NUMBER.length || undefined} data-wrong={index === wrong || undefined}>
            {typed[index] ?? ''}
          </span>
        ))}
      </div>
    </div>
  );
}
