import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { createDoubleClickTracker, doubleClickWindow, tolerancesFor, type DoubleClickWindow } from '../../src/kit/gestures';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import { ITEMS, PRACTICE_LENGTH, practiceTarget, type doubleClicMachine, type Item, type LastTry } from './machine';
import { DeskIcon, OpenWindow } from './Desktop';
import './double-clic.css';

/** The names on the fictional desktop: French screen words, the same in every language. */
const NAMES: Record<Item, string> = { photos: 'Photos', lettre: 'Lettre.txt' };

/** Two presses further apart than this are two separate clicks, not a slow double-click. */
const SEPARATE_CLICKS_MS = 5000;

const STAGES = ['select', 'openFolder', 'openFile', 'practice'] as const;
type Stage = (typeof STAGES)[number];

const other = (item: Item): Item => (item === 'photos' ? 'lettre' : 'photos');

function targetOf(stage: Stage, practised: number): Item {
  if (stage === 'practice') return practiceTarget(practised);
  return stage === 'openFile' ? 'lettre' : 'photos';
}

/** What the window shows: nothing before the folder opens, then what was opened last. */
function openedItem(stage: Stage, target: Item, lastTry: LastTry | null): Item | null {
  if (stage === 'select') return null;
  if (stage === 'openFolder') return lastTry?.kind === 'wrongItem' ? 'lettre' : null;
  // The target alternates, so what was opened last is always the other item.
  return other(target);
}

type Props = LessonViewProps<typeof doubleClicMachine>;

export function DoubleClicView({ snapshot, send, t, learner }: Props) {
  const { context } = snapshot;
  const stage = STAGES.find((name) => snapshot.matches(name)) ?? 'practice';
  const target = targetOf(stage, context.practised);
  const opened = openedItem(stage, target, context.lastTry);
  const [selected, setSelected] = useState<Item | null>(null);
  const noteId = useId();

  // The window the learner must meet now; a finger is less precise than a mouse, so it may move more.
  const tolerances = tolerancesFor(learner);
  const allowed = doubleClickWindow(context.level, tolerances.doubleClickStretch);
  const live = useRef({ allowed, fingerPx: 2 * tolerances.dragStart, pointer: 'mouse' });
  useEffect(() => {
    live.current = { ...live.current, allowed, fingerPx: 2 * tolerances.dragStart };
  });
  const [tracker] = useState(() =>
    createDoubleClickTracker((): DoubleClickWindow => {
      const { allowed: now, fingerPx, pointer } = live.current;
      return pointer === 'touch' ? { ...now, px: Math.max(now.px, fingerPx) } : now;
    }),
  );
  const pressedItem = useRef<Item | null>(null);
  // A new step starts a new try: a press from the step before never pairs with one in this step.
  useEffect(() => tracker.cancel(), [stage, tracker]);

  const onItemPress = (item: Item) => (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    live.current.pointer = event.pointerType;
    if (pressedItem.current !== item) tracker.cancel();
    pressedItem.current = item;
    setSelected(item);
    const verdict = tracker.press({ x: event.clientX, y: event.clientY }, event.timeStamp);
    if (verdict.kind === 'double') send({ type: 'user.doubleClick', item });
    else if (verdict.kind === 'tooFar') send({ type: 'user.moved' });
    else if (verdict.kind === 'tooSlow' && verdict.gapMs <= SEPARATE_CLICKS_MS) send({ type: 'user.tooSlow', by: verdict.by });
    else send({ type: 'user.select', item });
  };

  // As on Windows: the space bar selects the focused icon, Entrée opens it.
  const onItemKey = (item: Item) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (event.repeat) return;
    setSelected(item);
    send(event.key === 'Enter' ? { type: 'user.open', item } : { type: 'user.select', item });
  };

  // A press on the empty desktop deselects and forgets a half-made double-click, as Windows does.
  const onDesktopPress = () => {
    tracker.cancel();
    pressedItem.current = null;
    setSelected(null);
  };

  return (
    <div className="double-clic">
      <div
        className="dc-desktop"
        role="group"
        aria-label={t('desktop.label')}
        data-level={context.level}
        data-window-ms={allowed.ms}
        onPointerDown={onDesktopPress}
      >
        <div className="dc-screen" lang="fr" dir="ltr">
          <div className="dc-icons">
            {ITEMS.map((item) => (
              <button
                key={item}
                type="button"
                className={`dc-item${selected === item ? ' is-selected' : ''}${target === item ? ' is-target' : ''}`}
                data-item={item}
                aria-describedby={target === item ? noteId : undefined}
                onPointerDown={onItemPress(item)}
                onKeyDown={onItemKey(item)}
              >
                <DeskIcon item={item} />
                <span className="dc-name">{NAMES[item]}</span>
              </button>
            ))}
          </div>
          {opened && <OpenWindow key={opened} item={opened} name={NAMES[opened]} />}
        </div>
      </div>
      <span id={noteId} hidden>
        {t('target.note')}
      </span>
      <p className="feedback" role="status">
        <Feedback lastTry={context.lastTry} stage={stage} target={target} left={PRACTICE_LENGTH - context.practised} t={t} touch={learner.touchOnly} />
      </p>
    </div>
  );
}

interface FeedbackProps {
  lastTry: LastTry | null;
  stage: Stage;
  target: Item;
  left: number;
  t: Props['t'];
  touch: boolean;
}

/** One or two short sentences about the last try: what happened, and what improved or got easier. */
function Feedback({ lastTry, stage, target, left, t, touch }: FeedbackProps) {
  if (!lastTry) return null;
  const say = (key: string, options: Record<string, unknown> = {}) => t(key, { context: touch ? 'touch' : undefined, ...options });
  const lines: string[] = [];
  if (lastTry.kind === 'opened' || lastTry.kind === 'key') {
    lines.push(say(lastTry.kind === 'key' ? 'feedback.key' : 'feedback.opened'));
    if (lastTry.kind === 'opened' && lastTry.faster) lines.push(say('feedback.faster'));
    if (stage === 'practice') lines.push(say('feedback.remaining', { count: left }));
  } else if (lastTry.kind === 'wrongItem') {
    lines.push(say(`feedback.lookFor.${target}`));
  } else {
    lines.push(say(lastTry.kind === 'moved' ? 'feedback.moved' : `feedback.tooSlow.${lastTry.by}`));
    if (lastTry.eased) lines.push(say('feedback.eased'));
  }
  return <SayText text={lines.join(' ')} />;
}
