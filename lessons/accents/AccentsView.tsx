import { useId, useState } from 'react';
import type { LessonViewProps } from '../../src/kit/lesson';
import { OnScreenKeyboard, useKeyboardWords } from '../../src/kit/keyboard';
import { SayText } from '../../src/kit/SayText';
import { drillGuidance, expectedChar } from '../../src/kit/keyboard/typingDrill';
import { DrillWords } from '../../src/kit/keyboard/DrillWords';
import { charLabel, howTo, strokesFor, whyMissed, wrongKeyOf, type Said } from '../../src/kit/keyboard/drillKeys';
import { wordsOf, type accentsMachine } from './machine';
import { TypingField, type KeyPress } from '../../src/kit/keyboard/TypingField';
import '../../src/kit/keyboard/drillLesson.css';
import { useLevelNote } from '../../src/kit/keyboard/useLevelNote';

type Props = LessonViewProps<typeof accentsMachine>;
const STEPS = ['direct', 'circumflex', 'trema', 'words', 'revision'] as const;

export function AccentsView({ snapshot, send, t, learner }: Props) {
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

  const words = wordsOf(step, context);
  const expected = expectedChar(words, context);
  const strokes = strokesFor(expected, layout);

  const onPress = (press: KeyPress) => {
    if (press.capsLockPressed || press.capsLock !== undefined) setLamp(press.capsLock);
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

  const accentWaits = waiting !== null && waiting.step === step;
  const stroke = strokes && (accentWaits && strokes.length > 1 ? strokes[1] : strokes[0]);
  const how = howTo(strokes, layout, expected ?? '');

  // Guidance fades with the level; a miss always shows the keys, the revision always does.
  const { level, missesHere } = context;
  const guidanceForced = hinted || step === 'revision';
  const { showKey, showFinger } = drillGuidance(context, guidanceForced);
  const missed = context.lastTry === 'miss' && last !== null;
  const levelNote = useLevelNote(level, `${step} ${context.item} ${context.pos} ${missesHere}`, !guidanceForced);
  const keyboardWords = useKeyboardWords(t);
  // The lamp, when the system tells it, explains best: the top row gives digits.
  const why = missed && expected !== undefined ? (lamp === true ? { key: 'feedback.lockOn' } : whyMissed(last.text, expected, layout)) : null;

  return (
    <div className="drill-lesson accents">
      <DrillWords words={words} item={context.item} pos={context.pos} label={t('words.label')} doneLabel={t('words.done')} />
      <TypingField
        id={id}
        label={t('field.label')}
        value={[...(words[context.item] ?? '')].slice(0, context.pos).join('')}
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
        {!missed && !strokes && expected !== undefined && <p>{say(how)}</p>}
        {levelNote && <p>{say({ key: levelNote })}</p>}
        {context.lastTry === 'item' && !levelNote && <p>{say({ key: 'feedback.item' })}</p>}
      </div>
      <OnScreenKeyboard
        layout={layout}
        label={showKey ? t(how.key, how.values).replace(/<\/?fr>/g, '') : t('keyboard.label')}
        highlight={showKey ? stroke : null}
        wrong={missed && !accentWaits ? wrongKeyOf(last.text, last.code, strokes, layout) : null}
        wrongTyped={missed ? last.text : null}
        capsLock={lamp}
        showNumpad={false}
        finger={showFinger}
        words={keyboardWords}
      />
    </div>
  );
}
