import { useActorRef, useSelector } from '@xstate/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnyActorRef } from 'xstate';
import type { Gesture } from '../kit/GesturePicture';
import type { Learner, LessonModule, LessonOutput, LessonViewProps } from '../kit/lesson';
import { currentStep, lessonSteps, stepTotal } from '../kit/steps';
import { SayText } from '../kit/SayText';
import { useFollowed } from '../kit/live';
import { useNarrationStatus, useNarrator } from '../narration/NarratorContext';
import type { Line } from '../narration/narrator';
import { forgetInProgress, recordCompletion, recordStep } from '../progress/progress';
import { useProgress } from '../progress/ProgressContext';
import { cachedT } from '../i18n/cachedT';
import { variantDetails, variantT } from '../i18n/variantT';
import { languageOf } from '../i18n/languages';
import { ConfirmDialog } from './ConfirmDialog';
import { EndScreen } from './EndScreen';
import { NarrationPanel } from '../narration/NarrationPanel';
import { restoreSnapshot } from './restore';
import { useStatusInView } from './useStatusInView';
import { useIdle } from './useIdle';
import { useSettings } from '../settings/SettingsContext';
import { useTouchOnly } from './useTouchOnly';
import { KeyboardChoice } from './KeyboardChoice';
import type { LayoutId } from '../keyboard/layouts/types';
import './runner.css';

/** Inactivity after which the lesson is told `lesson.idle` and shows its hint. */
export const IDLE_MS = 15_000;
/** The hint is said again after inactivity at most this many times per step, then the voice rests. */
const HINT_REPEATS = 1;

export interface LessonRunnerProps {
  lessonId: string;
  lesson: LessonModule;
  /** Drawn on the end screen under « Vous avez pratiqué ». */
  gestures: readonly Gesture[];
  /** The lesson needs the learner's keyboard layout: ask for it first if it is not known yet. */
  needsKeyboard: boolean;
  onQuit: () => void;
  onLessons: () => void;
  /** « Leçon suivante »: the next lesson, or the catalogue after the last one. */
  onNext: () => void;
}

/** Runs any lesson machine; owns time, narration, the step counter, the controls and saving. */
export function LessonRunner(props: LessonRunnerProps) {
  const { progress, updateProgress } = useProgress();
  const { settings, updateSettings } = useSettings();
  const [run, setRun] = useState(0);
  const chooseLayout = useCallback((keyboardLayout: LayoutId) => updateSettings({ keyboardLayout }), [updateSettings]);
  // Resume only on the first run; « Recommencer » and « Refaire » start from the beginning.
  const [restored] = useState(() => restoreSnapshot(props.lesson.machine, progress.inProgress, props.lessonId));
  const restart = () => {
    updateProgress((current) => forgetInProgress(current, props.lessonId));
    setRun((count) => count + 1);
  };
  if (props.needsKeyboard && !settings.keyboardLayout) return <KeyboardChoice onChoose={chooseLayout} />;
  return <RunnerSession key={run} {...props} restored={run === 0 ? restored : undefined} onRestart={restart} />;
}

interface SessionProps extends LessonRunnerProps {
  restored: ReturnType<typeof restoreSnapshot>;
  onRestart: () => void;
}

function RunnerSession({ lessonId, lesson, gestures, needsKeyboard, restored, onRestart, onQuit, onLessons, onNext }: SessionProps) {
  const { machine, View } = lesson;
  const { progress, updateProgress } = useProgress();
  const { settings } = useSettings();
  // Adaptive lessons start at the level the learner reached last time; a typing lesson asks for
  // what the learner's keyboard can type.
  const [input] = useState(() => ({
    level: progress.lessons[lessonId]?.level ?? 0,
    weakKeys: progress.weakKeys ?? [],
    keyboardLayout: settings.keyboardLayout,
  }));
  const actor = useActorRef(machine, restored ? { snapshot: restored, input } : { input });
  const send = actor.send;
  const touchOnly = useTouchOnly();
  const learner = useMemo(
    () => ({ shakyHands: settings.shakyHands ?? false, touchOnly, keyboardLayout: settings.keyboardLayout ?? 'fr-azerty' }),
    [settings.shakyHands, settings.keyboardLayout, touchOnly],
  );
  const { t, i18n } = useTranslation();
  const { t: tLesson } = useTranslation(lessonId);
  // The view asks for its labels on every key press: each is looked up once (until `t` changes).
  // On a US keyboard, a text's _qwerty variant if the lesson wrote one (« Backspace », not « Retour arrière »).
  const qwerty = learner.keyboardLayout === 'us-qwerty';
  const viewT = useMemo(() => cachedT(qwerty ? variantT(tLesson, 'qwerty') : tLesson), [tLesson, qwerty]);
  const narrator = useNarrator();
  const narration = useNarrationStatus();
  const [quitting, setQuitting] = useState(false);

  const steps = useMemo(() => lessonSteps(machine), [machine]);
  // The runner follows only what it shows (the step, the hint, the end): a key press that changes
  // nothing else redraws the lesson's view alone (LessonStage), not the runner.
  const step = useSelector(actor, currentStep);
  const hinted = useSelector(actor, (snapshot) => snapshot.hasTag('hinted'));
  const done = useSelector(actor, (snapshot) => snapshot.status === 'done');
  const output = done ? (actor.getSnapshot().output as LessonOutput | undefined) : undefined;
  const dir = languageOf(i18n.language).dir;

  const lineFor = (ns: string, key: string) => lineOf(ns === 'common' ? t : tLesson, ns, key, learner);
  const spoken: [string, string] | null = quitting
    ? ['common', 'say.quit']
    : done
      ? ['common', 'say.bravo']
      : step && ['lessonNs', hinted ? step.hint : step.text];
  const spokenKey = spoken?.join(':') ?? '';

  // Narrate each new step, its hint, the quit question and the end; preload what comes next.
  useEffect(() => {
    if (!spoken) return;
    narrator.say(lineFor(spoken[0] === 'lessonNs' ? lessonId : 'common', spoken[1]));
    const next = step && steps.find((candidate) => candidate.step === step.step + 1);
    narrator.preload([
      ...(step && !hinted ? [lineFor(lessonId, step.hint)] : []),
      ...(next ? [lineFor(lessonId, next.text)] : [lineFor('common', 'say.bravo')]),
    ]);
    // Said once per line and language, not on every render.
  }, [spokenKey, i18n.language]);
  useEffect(() => () => narrator.stop(), [narrator]);

  // Inactivity: the lesson shows its hint; if the hint is already there, it is said once more.
  const hintRepeats = useRef(0);
  useEffect(() => {
    hintRepeats.current = 0;
  }, [step?.step]);
  const onIdle = () => {
    if (hinted && hintRepeats.current < HINT_REPEATS) {
      hintRepeats.current += 1;
      narrator.replay();
    }
    send({ type: 'lesson.idle' });
  };
  useIdle(IDLE_MS, onIdle, `${spokenKey}|${narration}`, done || quitting || narration === 'playing');

  // Save where the learner is at each step, and the result at the end.
  useEffect(() => {
    if (done && output) {
      updateProgress((progress) => recordCompletion(progress, lessonId, output, new Date()));
    } else if (step) {
      const { value, context } = actor.getSnapshot();
      updateProgress((progress) => recordStep(progress, { lessonId, step: step.step, value, context }));
    }
    // One save per step, not per event.
  }, [done, step?.step]);

  const title = tLesson('title');
  const stageRef = useStatusInView();
  // The controls keep the same handlers from one key press to the next, so they are not drawn again.
  const latest = useRef({ hinted, onRestart });
  latest.current = { hinted, onRestart };
  const controls = useMemo<ControlActions>(
    () => ({
      help: () => (latest.current.hinted ? narrator.replay() : send({ type: 'lesson.idle' })),
      skip: () => send({ type: 'lesson.skip' }),
      restart: () => latest.current.onRestart(),
      quit: () => setQuitting(true),
    }),
    [narrator, send],
  );

  if (done && output) {
    return (
      <EndScreen
        title={title}
        practised={lineOf(tLesson, lessonId, 'practised', learner).text}
        gestures={gestures}
        output={output}
        onAgain={onRestart}
        onNext={onNext}
        onLessons={onLessons}
      />
    );
  }
  if (!step) return null;

  return (
    <div className="runner" data-typing={needsKeyboard || undefined}>
      <RunnerHeader title={title} current={step.step} total={stepTotal(steps, step)} />
      <Instruction lessonId={lessonId} textKey={step.text} hintKey={hinted ? step.hint : null} learner={learner} />

      <section className="lesson-stage" ref={stageRef}>
        <LessonStage actor={actor} View={View} t={viewT} dir={dir} learner={learner} />
      </section>

      <RunnerControls actions={controls} />

      {quitting && (
        <ConfirmDialog
          title={t('runner.quitTitle')}
          text={t('runner.quitText')}
          confirmLabel={t('runner.quitConfirm')}
          cancelLabel={t('runner.quitCancel')}
          onConfirm={onQuit}
          onCancel={() => setQuitting(false)}
        />
      )}
    </div>
  );
}

/**
 * A line of the lesson or of the app, in the variant written for this learner if there is one:
 * `_qwerty` for a US keyboard, whose keys and key names differ (« Shift et 2 » for « Alt Gr et à »),
 * then `_touch` for a device without a mouse (« touchez » for « cliquez »). Its narration clip is
 * the variant's own (`key` is the key actually used).
 */
function lineOf(t: TFunction, ns: string, key: string, learner: Pick<Learner, 'keyboardLayout' | 'touchOnly'>): Line {
  const contexts = [...(learner.keyboardLayout === 'us-qwerty' ? ['qwerty'] : []), ...(learner.touchOnly ? ['touch'] : [])];
  const details = variantDetails(t, key, contexts);
  return { lang: details.usedLng, ns, key: details.exactUsedKey, text: String(details.res) };
}

interface LessonStageProps extends Omit<LessonViewProps, 'snapshot' | 'send'> {
  actor: AnyActorRef;
  View: LessonModule['View'];
}

/** Every snapshot of the actor, followed as the kit follows a live value (drawn before the next frame). */
function useSnapshot(actor: AnyActorRef) {
  const followed = useMemo(
    () => ({ get: () => actor.getSnapshot(), subscribe: (listener: () => void) => actor.subscribe({ next: listener, error: listener }).unsubscribe }),
    [actor],
  );
  const snapshot = useFollowed(followed);
  if (snapshot.status === 'error') throw snapshot.error;
  return snapshot;
}

/** The lesson's view, drawn again on every snapshot of its machine. */
const LessonStage = memo(function LessonStage({ actor, View, ...props }: LessonStageProps) {
  const snapshot = useSnapshot(actor);
  return <View snapshot={snapshot} send={actor.send} {...props} />;
});

/*
 * The runner's own parts are drawn again only when what they show changes (a step, the hint),
 * not on every key press of a typing lesson: that keeps the keystroke-to-feedback time short.
 */

const RunnerHeader = memo(function RunnerHeader({ title, current, total }: { title: string; current: number; total: number }) {
  const { t } = useTranslation();
  return (
    <header className="runner-header">
      <h1 className="lesson-title">{title}</h1>
      <p className="step-count" id="step-count">
        {t('runner.step', { current, total })}
      </p>
      <div className="step-bar" role="progressbar" aria-labelledby="step-count" aria-valuemin={0} aria-valuemax={total} aria-valuenow={current}>
        <div className="step-bar-fill" style={{ inlineSize: `${(100 * current) / total}%` }} />
      </div>
    </header>
  );
});

interface InstructionProps {
  lessonId: string;
  textKey: string;
  /** Shown once the learner has been idle (or asked for help). */
  hintKey: string | null;
  learner: Learner;
}

const Instruction = memo(function Instruction({ lessonId, textKey, hintKey, learner }: InstructionProps) {
  const { t } = useTranslation();
  const { t: tLesson } = useTranslation(lessonId);
  const instruction = lineOf(tLesson, lessonId, textKey, learner);
  const hint = hintKey && lineOf(tLesson, lessonId, hintKey, learner);
  return (
    <section className="instruction" aria-label={t('runner.instruction')}>
      <p className="instruction-text" aria-live="polite" lang={instruction.lang} dir="auto">
        <SayText text={instruction.text} />
      </p>
      {hint && (
        <p className="hint" role="status" lang={hint.lang} dir="auto">
          <strong>{t('runner.hint')} : </strong>
          <SayText text={hint.text} />
        </p>
      )}
      <NarrationPanel />
    </section>
  );
});

interface ControlActions {
  help: () => void;
  skip: () => void;
  restart: () => void;
  quit: () => void;
}

const CONTROLS = ['help', 'skip', 'restart', 'quit'] as const;

const RunnerControls = memo(function RunnerControls({ actions }: { actions: ControlActions }) {
  const { t } = useTranslation();
  return (
    <nav className="runner-controls" aria-label={t('runner.controls')}>
      {CONTROLS.map((control) => (
        <button key={control} type="button" className="big-button" onClick={actions[control]}>
          {t(`runner.${control}`)}
        </button>
      ))}
    </nav>
  );
});
