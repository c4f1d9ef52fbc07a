import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { isClickOn, tolerancesFor, type Point, type Rect } from '../../src/kit/gestures';
import type { LessonViewProps } from '../../src/kit/lesson';
import { MOVE_DISTANCE, SERIES_LENGTH, TARGET_SIZES, type premiersClicsMachine } from './machine';
import './premiers-clics.css';

/** Where the series' targets appear, in % of the practice area (inline, block). */
const SERIES_PLACES = [
  [20, 25],
  [78, 70],
  [75, 22],
  [25, 75],
  [50, 45],
  [85, 45],
] as const;

const TRAIL_LENGTH = 14;

type Props = LessonViewProps<typeof premiersClicsMachine>;

export function PremiersClicsView({ snapshot, send, t, learner }: Props) {
  const { context } = snapshot;
  const stage = (['move', 'hover', 'click', 'series', 'finish'] as const).find((name) => snapshot.matches(name));
  const targetRef = useRef<HTMLButtonElement>(null);

  const counts = stage === 'click' || stage === 'series' || stage === 'finish';
  // A click counts when the press lands on the target and the release lands on it too, whatever
  // shake lies between, or slides off by a little (more with « Mes mains tremblent »).
  const press = useRef<{ at: Point; target: Rect } | null>(null);
  const onTargetPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (!counts || event.button !== 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    press.current = { at: { x: event.clientX, y: event.clientY }, target: { left: box.left, top: box.top, width: box.width, height: box.height } };
  };
  const onAreaPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const pressed = press.current;
    press.current = null;
    if (!pressed || !counts) return;
    const release = { x: event.clientX, y: event.clientY };
    send({ type: isClickOn(pressed.target, pressed.at, release, tolerancesFor(learner).releaseMargin) ? 'user.click' : 'user.miss' });
  };
  // A click that did not start on the target is a miss; the keyboard's Entrée (detail 0) is a click.
  const onAreaClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!counts) return;
    const onTarget = targetRef.current?.contains(event.target as Node);
    if (onTarget && event.detail === 0) send({ type: 'user.click' });
    else if (!onTarget) send({ type: 'user.miss' });
  };

  const size = stage === 'series' ? TARGET_SIZES[context.level] : TARGET_SIZES[0];
  const [inline, block] = stage === 'series' ? SERIES_PLACES[context.seriesHits % SERIES_PLACES.length] : [50, 50];

  return (
    <div className="premiers-clics">
      {stage === 'move' ? (
        <MovePad onMoved={(distance) => send({ type: 'user.move', distance })} label={t('area.move')} />
      ) : (
        <div
          className="practice-area"
          role="group"
          aria-label={t('area.label')}
          onPointerUp={onAreaPointerUp}
          onClick={onAreaClick}
        >
          {/* One button throughout, so that keyboard focus stays on it from target to « Terminer ». */}
          <button
            ref={targetRef}
            type="button"
            className={stage === 'finish' ? 'finish-button' : 'target'}
            data-level={stage === 'series' ? context.level : undefined}
            aria-label={stage === 'finish' ? undefined : t('target.label')}
            lang={stage === 'finish' ? 'fr' : undefined}
            dir={stage === 'finish' ? 'ltr' : undefined}
            style={stage === 'finish' ? undefined : {
              inlineSize: size,
              blockSize: size,
              insetInlineStart: `clamp(0px, calc(${inline}% - ${size / 2}px), calc(100% - ${size}px))`,
              insetBlockStart: `clamp(0px, calc(${block}% - ${size / 2}px), calc(100% - ${size}px))`,
            }}
            onPointerEnter={stage === 'hover' ? () => send({ type: 'user.hover' }) : undefined}
            onFocus={stage === 'hover' ? () => send({ type: 'user.hover' }) : undefined}
            onPointerDown={onTargetPointerDown}
          >
            {stage === 'finish' ? 'Terminer' : null}
          </button>
        </div>
      )}
      <p className="feedback" role="status">
        {stage === 'series' && context.lastTry === 'hit' && t('feedback.hit', { count: SERIES_LENGTH - context.seriesHits })}
        {context.lastTry === 'miss' && t('feedback.miss')}
      </p>
    </div>
  );
}

/** The first step: a pad that draws the pointer's trail and fills as the hand moves. */
function MovePad({ onMoved, label }: { onMoved: (distance: number) => void; label: string }) {
  const travelled = useRef(0);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [trail, setTrail] = useState<{ x: number; y: number; id: number }[]>([]);
  const [filled, setFilled] = useState(0);

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const point = { x: event.clientX - box.left, y: event.clientY - box.top };
    if (last.current) travelled.current += Math.hypot(point.x - last.current.x, point.y - last.current.y);
    last.current = point;
    setTrail((dots) => [...dots.slice(-(TRAIL_LENGTH - 1)), { ...point, id: (dots.at(-1)?.id ?? 0) + 1 }]);
    setFilled(Math.min(travelled.current / MOVE_DISTANCE, 1));
    onMoved(Math.round(travelled.current));
  };

  return (
    <div className="practice-area move-pad" role="img" aria-label={label} onPointerMove={onPointerMove}>
      {trail.map((dot, index) => (
        <span
          key={dot.id}
          className="trail-dot"
          style={{ left: dot.x, top: dot.y, opacity: (index + 1) / trail.length }}
          aria-hidden="true"
        />
      ))}
      <div className="move-meter" aria-hidden="true">
        <div className="move-meter-fill" style={{ inlineSize: `${Math.round(filled * 100)}%` }} />
      </div>
    </div>
  );
}
