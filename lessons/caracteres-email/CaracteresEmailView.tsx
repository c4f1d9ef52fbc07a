import { useState } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { getLayout, howToType, keyName, type Keystroke, type LayoutId, type TypingFact } from '../../src/kit/keyboard';
import { textOf, type Step } from './drill';
import { expectedChar, type caracteresEmailMachine } from './machine';
import { sameKeyMistake } from './mistakes';
import { asKey, holdName, mainKeyName, RichText } from '../../src/kit/keyboard/RichText';
import { TypingPanel } from '../../src/kit/keyboard/TypingPanel';
import './caracteres-email.css';

type Props = LessonViewProps<typeof caracteresEmailMachine>;

const STEPS: readonly Step[] = ['at', 'dot', 'dash', 'underscore', 'address', 'address2', 'revision'];

export function CaracteresEmailView({ snapshot, send, t, learner }: Props) {
  const step = STEPS.find((name) => snapshot.matches(name));
  if (!step) return null;
  return (
    <div className="caracteres-email">
      <Exercise key={step} step={step} snapshot={snapshot} send={send} t={t} layout={learner.keyboardLayout ?? 'fr-azerty'} />
    </div>
  );
}

interface ExerciseProps extends Pick<Props, 'snapshot' | 'send' | 't'> {
  step: Step;
  layout: LayoutId;
}

function Exercise({ step, snapshot, send, t, layout }: ExerciseProps) {
  const { context } = snapshot;
  // The last character typed, to name it beside the expected one after a miss (view only).
  const [last, setLast] = useState<{ char: string; code: string | null } | null>(null);
  const expected = expectedChar(step, context);
  const route = expected === undefined ? null : howToType(expected, layout);
  const stroke = route?.[0] ?? null;
  const missed = context.missesHere > 0;
  // Help fades with the level; it comes back after a miss or with the hint.
  const guided = context.level < 2 || missed || snapshot.hasTag('hinted');
  const shift = keyName(getLayout(layout), 'ShiftLeft');

  const onFact = (fact: TypingFact) => {
    if (fact.kind !== 'char') return;
    setLast({ char: fact.char, code: fact.code });
    send({ type: 'user.char', char: fact.char });
  };

  const how = (target: Keystroke | null) => {
    if (!target) return '';
    const hold = holdName(layout, target);
    const key = `<k>${mainKeyName(layout, target)}</k>`;
    if (hold) return t('how.hold', { hold: `<k>${hold}</k>`, key });
    // A top-row key whose digit needs Maj (AZERTY): say « without Maj », or the digit comes.
    const digitNeedsShift = /^Digit\d$/.test(target.code) && getLayout(layout).chars[target.code]?.base !== target.code.slice(-1);
    return t(digitNeedsShift ? 'how.topKeyNoShift' : 'how.press', { key, shift: `<k>${shift}</k>` });
  };

  const lines: string[] = [];
  if (expected !== undefined && !route) lines.push(t('feedback.noRoute', { char: asKey(layout, expected) }));
  if (missed && last && expected !== undefined) {
    lines.push(t('feedback.wrong', { typed: asKey(layout, last.char), expected: asKey(layout, expected) }));
    const mistake = stroke && sameKeyMistake(layout, stroke, last.char, last.code);
    if (mistake) lines.push(t(`feedback.sameKey.${mistake}`, { typed: asKey(layout, last.char), expected: asKey(layout, expected), shift: `<k>${shift}</k>` }));
    lines.push(how(stroke));
  } else if (guided && stroke) {
    lines.push(`${t('feedback.next', { char: asKey(layout, expected ?? '') })} ${how(stroke)}`);
  }
  if (layout === 'us-qwerty') lines.push(t('feedback.qwerty'));

  const model = textOf(step, context.weak);
  return (
    <TypingPanel
      layout={layout}
      t={t}
      caption={<RichText text={t(`caption.${step}`)} keysLang="fr" />}
      model={model}
      done={context.pos}
      value={model.slice(0, context.pos)}
      highlight={guided ? stroke : null}
      wrong={missed ? last?.code ?? null : null}
      wrongTyped={missed ? last?.char : null}
      finger={context.level === 0 || context.missesHere >= 2}
      feedback={lines.map((line, index) => (
        <span key={index} className="typing-line"><RichText text={line} keysLang={layout === 'fr-azerty' ? 'fr' : 'en'} /></span>
      ))}
      keyboardLabel={stroke && guided ? t('keyboard.labelKeys', { keys: plain(how(stroke)) }) : t('keyboard.label')}
      onFact={onFact}
    />
  );
}

const plain = (text: string) => text.replace(/<\/?(fr|k)>/g, '');
