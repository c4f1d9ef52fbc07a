import { useId, useState } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { OnScreenKeyboard, useKeyboardWords, type Keystroke } from '../../src/kit/keyboard';
import { SayText } from '../../src/kit/SayText';
import { drillGuidance, expectedChar } from '../../src/kit/keyboard/typingDrill';
import { DrillWords } from '../../src/kit/keyboard/DrillWords';
import { charLabel, howTo, keyLabel, strokesFor, whyMissed, withCapsLock, wrongKeyOf, type Said } from '../../src/kit/keyboard/drillKeys';
import { wordsOf, type DrillStep, type majusculesMachine } from './machine';
import { TypingField, type KeyPress } from '../../src/kit/keyboard/TypingField';
import '../../src/kit/keyboard/drillLesson.css';
import { useLevelNote } from '../../src/kit/keyboard/useLevelNote';

type Props = LessonViewProps<typeof majusculesMachine>;
const STEPS = ['shift', 'capsOn', 'capsWords', 'trap', 'capsOff', 'names', 'revision'] as const;
const DRILLS: readonly string[] = ['shift', 'capsWords', 'names', 'revision'];

export function MajusculesView({ snapshot, send, t, learner }: Props) {
  const layout = learner.keyboardLayout ?? 'fr-azerty';
  const { context } = snapshot;
  const step = STEPS.find((name) => snapshot.matches(name)) ?? 'revision';
  const hinted = snapshot.hasTag('hinted');
  const id = useId();
  const [lamp, setLamp] = useState<boolean | undefined>(undefined);
  const [last, setLast] = useState<KeyPress | null>(null);
  // A dead key went down: its accent waits for the letter (kept with the step it was pressed in).
  const [waiting, setWaiting] = useState<{ step: string; accent: string } | null>(null);
  const say = ({ key, values }: Said) => <SayText text={t(key, values)} />;

  const drill = DRILLS.includes(step);
  const words = drill ? wordsOf(step as DrillStep, context) : [];
  // The trap is the French keyboard's (Verr. Maj turns its é key into 2): elsewhere, no key to press.
  const frenchTrap = layout === 'fr-azerty';
  const expected = drill ? expectedChar(words, context) : step === 'trap' && frenchTrap ? 'é' : undefined;
  const strokes = strokesFor(expected, layout);

  const onPress = (press: KeyPress) => {
    // A Verr. Maj press the system did not report (macOS, a test browser): the lamp is unknown.
    if (press.capsLockPressed || press.capsLock !== undefined) setLamp(press.capsLock);
    if (press.capsLockPressed) send({ type: 'user.capsLock', on: press.capsLock ?? null });
    if (press.accentWaiting !== undefined) setWaiting({ step, accent: press.accentWaiting ?? '^' });
    if (press.text) {
      setWaiting(null);
      setLast(press);
      // Where this keyboard has no key for the letter asked (é on a US keyboard), another letter is
      // no slip of the learner's: not counted, or it would come back in the revision, still untypable.
      if (expected !== undefined && !strokes && press.text !== expected) return;
      send({ type: 'user.char', char: press.text });
    }
  };

  const lockStep = step === 'capsOn' || step === 'capsOff';
  const stroke: Keystroke | null = lockStep
    ? { code: 'CapsLock', shift: false, altGr: false }
    : step === 'trap'
      ? frenchTrap ? { code: 'Digit2', shift: false, altGr: false, capsLock: true } : null
      : strokes && (step === 'capsWords' ? withCapsLock(strokes[0]) : strokes[0]);
  const how: Said = lockStep
    ? { key: 'feedback.how.press', values: { key: keyLabel(layout, 'CapsLock') } }
    : step === 'trap'
      ? frenchTrap ? { key: 'feedback.how.press', values: { key: 'é' } } : { key: 'feedback.trapElsewhere' }
      : howTo(stroke && [stroke], layout, expected ?? '');

  // Guidance fades with the level; a miss always shows the keys, the revision and the key steps always do.
  const { level, missesHere } = context;
  const guidanceForced = hinted || !drill || step === 'revision';
  const { showKey, showFinger } = drillGuidance(context, guidanceForced);
  const accentWaits = waiting !== null && waiting.step === step;
  const missed = context.lastTry === 'miss' && last !== null;
  const levelNote = useLevelNote(level, `${step} ${context.item} ${context.pos} ${missesHere}`, !guidanceForced);
  // The lamp, when the system tells it, explains best: letters come out the wrong way round.
  const lockWrong = lamp === true && step !== 'capsWords';
  const why =
    missed && expected !== undefined && step !== 'trap'
      ? lockWrong ? { key: 'feedback.lockOn' } : whyMissed(last.text, expected, layout, step === 'capsWords')
      : null;

  const keyboardWords = useKeyboardWords(t);

  return (
    <div className="drill-lesson majuscules">
      {drill ? (
        <DrillWords words={words} item={context.item} pos={context.pos} label={t('words.label')} doneLabel={t('words.done')} />
      ) : (
        <p className="drill-key">
          <kbd lang="fr" dir="ltr">{step === 'trap' ? 'é' : keyLabel(layout, 'CapsLock')}</kbd>
        </p>
      )}
      <TypingField
        id={id}
        label={t('field.label')}
        value={drill ? [...(words[context.item] ?? '')].slice(0, context.pos).join('') : ''}
        layout={layout}
        onPress={onPress}
        focusKey={step}
        notFocused={t('field.notFocused')}
        heldNote={(key) => t('field.held', { key })}
      />
      <div className="drill-feedback" role="status">
        {accentWaits && <p>{say({ key: 'feedback.waiting', values: { accent: waiting.accent } })}</p>}
        {!accentWaits && missed && expected !== undefined && (
          <>
            <p>{say({ key: 'feedback.typed', values: { typed: charLabel(last.text, layout), expected: charLabel(expected, layout) } })}</p>
            {why && <p>{say(why)}</p>}
            <p>{say(how)}</p>
          </>
        )}
        {!missed && drill && !strokes && expected !== undefined && <p>{say(how)}</p>}
        {context.lockNote && <p>{say({ key: context.lockNote === 'off' ? 'feedback.lockNowOff' : 'feedback.lockNowOn' })}</p>}
        {step === 'capsOff' && frenchTrap && context.trap && <p>{say({ key: context.trap === 'digit' ? 'feedback.trapDigit' : 'feedback.trapLetter' })}</p>}
        {step === 'trap' && !frenchTrap && <p>{say({ key: 'feedback.trapElsewhere' })}</p>}
        {levelNote && <p>{say({ key: levelNote })}</p>}
        {context.lastTry === 'item' && !levelNote && <p>{say({ key: 'feedback.item' })}</p>}
      </div>
      <OnScreenKeyboard
        layout={layout}
        label={showKey ? t(how.key, how.values).replace(/<\/?fr>/g, '') : t('keyboard.label')}
        highlight={showKey ? stroke : null}
        wrong={missed ? wrongKeyOf(last.text, last.code, strokes, layout) : null}
        capsLock={lamp}
        showNumpad={false}
        finger={showFinger}
        words={keyboardWords}
      />
    </div>
  );
}
