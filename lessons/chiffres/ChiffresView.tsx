import { useState, type KeyboardEvent } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { howToType, type Keystroke, type LayoutId, type TypingFact } from '../../src/kit/keyboard';
import { TAX_NUMBER, taxCheck, textOf } from './drill';
import { expectedChar, type ChiffresStep, type chiffresMachine } from './machine';
import { asKey, holdName, mainKeyName, RichText } from '../../src/kit/keyboard/RichText';
import { TypingPanel } from '../../src/kit/keyboard/TypingPanel';
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
  if (!step) return null;
  return (
    <div className="chiffres">
      <Exercise key={step} step={step} snapshot={snapshot} send={send} t={t} layout={learner.keyboardLayout ?? 'fr-azerty'} />
    </div>
  );
}

interface ExerciseProps extends Pick<Props, 'snapshot' | 'send' | 't'> {
  step: ChiffresStep;
  layout: LayoutId;
}

function Exercise({ step, snapshot, send, t, layout }: ExerciseProps) {
  const { context } = snapshot;
  // The last character typed, to name it beside the expected one after a miss (view only).
  const [last, setLast] = useState<{ char: string; code: string | null } | null>(null);
  const tax = step === 'taxNumber';
  const expected = expectedChar(step, context);
  const stroke = strokeFor(layout, step, expected, context.numLock);
  const missed = context.missesHere > 0;
  // Help fades with the level; it comes back after a miss or with the hint.
  const guided = context.level < 2 || missed || snapshot.hasTag('hinted') || (step === 'keypad' && context.numLock === false);

  const onFact = (fact: TypingFact) => {
    if (fact.kind === 'char') {
      setLast({ char: fact.char, code: fact.code });
      send({ type: 'user.char', char: fact.char, keypad: fact.code !== null && fact.code.startsWith('Numpad') });
    } else if (fact.kind === 'key' && (fact.code === 'Backspace' || fact.code === 'Enter' || fact.code === 'NumpadEnter')) {
      setLast(null);
      send({ type: 'user.key', code: fact.code === 'Backspace' ? 'Backspace' : 'Enter' });
    } else if (fact.kind === 'modifiers' && fact.numLock) {
      // Only a lamp said to be on is trusted: some systems always report it off.
      send({ type: 'user.numLock', on: true });
    }
  };
  // With Verr. Num off, a keypad digit key arrives as End, ArrowDown…: that tells the lamp is off.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (KEYPAD_DIGIT.test(event.code) && event.key.length > 1) send({ type: 'user.numLock', on: false });
  };

  const how = (target: Keystroke | null) => {
    if (!target) return '';
    const hold = holdName(layout, target);
    const key = `<k>${mainKeyName(layout, target)}</k>`;
    if (hold) return t('how.hold', { hold: `<k>${hold}</k>`, key });
    return t(KEYPAD_DIGIT.test(target.code) ? 'how.keypad' : 'how.press', { key });
  };

  const lines: string[] = [];
  if (missed && last && expected !== undefined) {
    lines.push(t('feedback.wrong', { typed: asKey(layout, last.char), expected: asKey(layout, expected) }), how(stroke));
  } else if (missed && last) {
    lines.push(t('feedback.notDigit', { typed: asKey(layout, last.char) }));
  }
  if (step === 'keypad' && context.numLock === false) lines.push(t('feedback.numLockOff'));
  if (context.note === 'topRow') lines.push(t('feedback.topRow'));
  if (tax && last?.char === ' ') lines.push(t('feedback.noSpace'));
  const check = tax && context.note === 'checked' ? taxCheck(context.typed) : null;
  if (check) lines.push(t(`feedback.tax.${check.kind}`, { count: check.count, total: TAX_NUMBER.length }));
  if (!missed && guided && stroke && lines.length === 0) lines.push(t('feedback.next', { char: asKey(layout, expected ?? '') }) + ' ' + how(stroke));
  if (layout === 'us-qwerty' && step !== 'keypad') lines.push(t('feedback.qwerty'));

  // The key drawn: after a check that found digits to erase, Retour arrière, whatever the level.
  const shown: Keystroke | null = check && check.kind !== 'missing' ? { code: 'Backspace', shift: false, altGr: false } : guided ? stroke : null;
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
      wrong={missed ? last?.code ?? null : null}
      wrongTyped={missed ? last?.char : null}
      finger={context.level === 0 || context.missesHere >= 2}
      showNumpad={step === 'keypad'}
      numLock={step === 'keypad' ? context.numLock ?? undefined : undefined}
      feedback={lines.map((line, index) => (
        <span key={index} className="typing-line"><RichText text={line} keysLang={layout === 'fr-azerty' ? 'fr' : 'en'} /></span>
      ))}
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
