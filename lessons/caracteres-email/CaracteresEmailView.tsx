import { useCallback, useMemo } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { derived, getLayout, howToType, keyName, useDrawnInto, useHeardMiss, useSendAfterFrame, type HeardChar, type Keystroke, type LayoutId, type TypingFact, type WrongKey } from '../../src/kit/keyboard';
import { textOf, type Step } from './drill';
import { expectedChar, type caracteresEmailMachine } from './machine';
import { sameKeyMistake } from './mistakes';
import { asKey, holdName, mainKeyName, RichText } from '../../src/kit/keyboard/RichText';
import { drawTypingLines, TypingPanel } from '../../src/kit/keyboard/TypingPanel';
import { CAPS_LOCK_STROKE, capsLockInTheWay } from '../../src/kit/keyboard/drillKeys';
import { useCapsLockLamp } from '../../src/kit/keyboard/useCapsLockLamp';
import './caracteres-email.css';

type Props = LessonViewProps<typeof caracteresEmailMachine>;

const STEPS: readonly Step[] = ['at', 'dot', 'dash', 'underscore', 'address', 'address2', 'revision'];

export function CaracteresEmailView({ snapshot, send, t, learner }: Props) {
  const step = STEPS.find((name) => snapshot.matches(name));
  const [capsLock, onCapsLock] = useCapsLockLamp();
  if (!step) return null;
  return (
    <div className="caracteres-email">
      <Exercise key={step} step={step} snapshot={snapshot} send={send} t={t} layout={learner.keyboardLayout ?? 'fr-azerty'} capsLock={capsLock} onCapsLock={onCapsLock} />
    </div>
  );
}

interface ExerciseProps extends Pick<Props, 'snapshot' | 'send' | 't'> {
  step: Step;
  layout: LayoutId;
  capsLock: boolean | undefined;
  onCapsLock: (on: boolean) => void;
}

function Exercise({ step, snapshot, send, t, layout, capsLock, onCapsLock }: ExerciseProps) {
  const { context } = snapshot;
  const expected = expectedChar(step, context);
  const route = expected === undefined ? null : howToType(expected, layout);
  const stroke = route?.[0] ?? null;
  // Verr. Maj left on (by the last person at this PC): letters come out as capitals, the dot as ;.
  const capsInTheWay = capsLockInTheWay(layout, stroke, capsLock);
  // Help fades with the level; it comes back after a miss or with the hint.
  const guided = context.level < 2 || context.missesHere > 0 || snapshot.hasTag('hinted');
  const shift = keyName(getLayout(layout), 'ShiftLeft');
  const place = `${step}:${context.pos}`;

  // A miss is drawn by the key handler (the sentence, the wrong key), and the machine counts it
  // just after that frame (feedbackFirst.ts): a key accepted goes to the machine at once.
  const { heard, miss } = useHeardMiss(place);
  const wrong = useMemo(() => derived(miss, (last): WrongKey | null => (last?.code ? { code: last.code, typed: last.char } : null)), [miss]);
  const sender = useSendAfterFrame(send, place);
  const onFact = (fact: TypingFact) => {
    if (fact.kind === 'modifiers') onCapsLock(fact.capsLock);
    if (fact.kind !== 'char') return;
    const event = { type: 'user.char', char: fact.char } as const;
    if (fact.char === expected) {
      heard.set(null);
      sender.now(event);
    } else {
      heard.set({ char: fact.char, code: fact.code, at: place });
      sender.later(event);
    }
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

  const lines = (last: HeardChar | null): string[] => {
    const said: string[] = [];
    if (expected !== undefined && !route) said.push(t('feedback.noRoute', { char: asKey(layout, expected) }));
    if (last && expected !== undefined) {
      said.push(t('feedback.wrong', { typed: asKey(layout, last.char), expected: asKey(layout, expected) }));
      const mistake = stroke && sameKeyMistake(layout, stroke, last.char, last.code);
      if (capsInTheWay) said.push(t('feedback.capsLockOn'));
      else if (mistake) said.push(t(`feedback.sameKey.${mistake}`, { typed: asKey(layout, last.char), expected: asKey(layout, expected), shift: `<k>${shift}</k>` }));
      if (!capsInTheWay) said.push(how(stroke));
    } else if (capsInTheWay) {
      said.push(t('feedback.capsLockOn'));
    } else if (guided && stroke) {
      said.push(`${t('feedback.next', { char: asKey(layout, expected ?? '') })} ${how(stroke)}`);
    }
    if (layout === 'us-qwerty') said.push(t('feedback.qwerty'));
    return said;
  };
  // Drawn again when what the lines read changes (the step, the character to type, the help).
  const drawLines = useCallback((line: HTMLParagraphElement, last: HeardChar | null) => drawTypingLines(line, lines(last), layout), [expected, guided, layout, t, capsInTheWay]);
  const feedbackRef = useDrawnInto(miss, drawLines);

  const model = textOf(step, context.weak);
  return (
    <TypingPanel
      layout={layout}
      t={t}
      caption={<RichText text={t(`caption.${step}`)} keysLang="fr" />}
      model={model}
      done={context.pos}
      value={model.slice(0, context.pos)}
      highlight={capsInTheWay ? CAPS_LOCK_STROKE : guided ? stroke : null}
      wrong={null}
      liveWrong={wrong}
      finger={context.level === 0 || context.missesHere >= 2}
      capsLock={capsLock}
      feedbackRef={feedbackRef}
      keyboardLabel={stroke && guided ? t('keyboard.labelKeys', { keys: plain(how(stroke)) }) : t('keyboard.label')}
      onFact={onFact}
    />
  );
}

const plain = (text: string) => text.replace(/<\/?(fr|k)>/g, '');
