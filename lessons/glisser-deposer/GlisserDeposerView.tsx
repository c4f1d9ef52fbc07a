import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { dropZoneAt, tolerancesFor, type Point } from '../../src/kit/gestures';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import type { glisserDeposerMachine, Zone } from './machine';
import { feedbackOf } from './feedback';
import { Picture } from './pictures';
import { contentsOf, sceneOf, ZONE_NAMES, type Place, type Stage } from './scenes';
import { useDrag } from './useDrag';
import './glisser-deposer.css';

type Props = LessonViewProps<typeof glisserDeposerMachine>;

/**
 * Inline styles that put a box of the given size at a place, kept inside the area. The places
 * mirror in a right-to-left page (take at the start, put down towards the end of the reading
 * direction); only the French names stay left to right.
 */
const placed = ([inline, block]: Place, width: string, height: string): CSSProperties => ({
  inlineSize: width,
  blockSize: height,
  insetInlineStart: `clamp(0px, calc(${inline}% - ${width} / 2), calc(100% - ${width}))`,
  insetBlockStart: `clamp(0px, calc(${block}% - ${height} / 2), calc(100% - ${height}))`,
});

export function GlisserDeposerView({ snapshot, send, t, learner }: Props) {
  const { context } = snapshot;
  const stage = (['hold', 'carry', 'sort', 'bin'] as const).find((name) => snapshot.matches(name)) as Stage;
  const scene = sceneOf(stage, context);
  const { item } = scene;
  const tolerances = tolerancesFor(learner);

  // Keyboard path: the id of the thing taken with Entrée, and what was said about it.
  const [taken, setTaken] = useState<string | null>(null);
  const [said, setSaid] = useState<{ id: string; text: string } | null>(null);
  const itemRef = useRef<HTMLButtonElement>(null);
  const zoneRefs = useRef(new Map<Zone, HTMLButtonElement>());
  const refocus = useRef(false);
  const holding = taken === item.id;

  // After a keyboard drop the next thing (or the one that came back) takes the focus.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    itemRef.current?.focus();
  });

  const zoneAt = (point: Point) =>
    dropZoneAt(
      point,
      scene.zones.flatMap(({ zone }) => {
        const element = zoneRefs.current.get(zone);
        return element ? [{ id: zone, rect: element.getBoundingClientRect() }] : [];
      }),
      tolerances.dropMargin,
    );

  const { pose, handlers, cancel: cancelDrag } = useDrag(tolerances.dragStart, {
    onGrab: () => send({ type: 'user.grab' }),
    onDrop: (point) => send({ type: 'user.drop', zone: zoneAt(point) }),
    onReleaseEarly: () => send({ type: 'user.releaseEarly' }),
    overAt: zoneAt,
  });

  const cancel = () => {
    cancelDrag(itemRef.current);
    if (holding) {
      setTaken(null);
      setSaid({ id: item.id, text: t('feedback.putBack', { name: item.name }) });
      refocus.current = true;
    }
  };

  const moveFocus = (from: number, by: number) => {
    const zones = scene.zones.map(({ zone }) => zoneRefs.current.get(zone));
    zones[(from + by + zones.length) % zones.length]?.focus();
  };

  const onItemKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (holding) return;
      setTaken(item.id);
      setSaid({ id: item.id, text: t('feedback.taken', { name: item.name }) });
      send({ type: 'user.grab' });
    } else if (holding && event.key.startsWith('Arrow')) {
      event.preventDefault();
      moveFocus(-1, 1);
    }
  };

  const onZoneKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.key.startsWith('Arrow')) return;
    event.preventDefault();
    moveFocus(index, event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 1);
  };

  const dropWithKeyboard = (zone: Zone) => {
    if (!holding) return;
    setTaken(null);
    setSaid(null);
    refocus.current = true;
    send({ type: 'user.drop', zone });
  };

  const feedback = (said?.id === item.id && said.text) || feedbackOf(stage, context, item.kind, learner.touchOnly, t);
  // Never narrower than its French name (7.5rem), so that « Brouillon.txt » stays on one line.
  const itemStyle = placed(item.at, `max(${scene.itemSize + 32}px, 7.5rem)`, `calc(${scene.itemSize}px + 3.25rem)`);
  const zoneSize = `${scene.zoneSize}px`;

  return (
    <div className="glisser-deposer">
      <div
        className="practice-area"
        role="group"
        aria-label={t('area.label')}
        onKeyDown={(event) => event.key === 'Escape' && cancel()}
      >
        <button
          key={item.id}
          ref={itemRef}
          type="button"
          className={`glisser-item${pose ? ' is-dragging' : ''}${holding ? ' is-taken' : ''}`}
          data-kind={item.kind}
          style={{ ...itemStyle, transform: pose ? `translate(${pose.offset.x}px, ${pose.offset.y}px) scale(0.8)` : undefined }}
          {...handlers}
          onPointerDown={(event) => {
            setTaken(null);
            setSaid(null);
            handlers.onPointerDown(event);
          }}
          onKeyDown={onItemKeyDown}
        >
          <Picture of={item.kind} size={scene.itemSize} />
          <span className="glisser-name" lang="fr" dir="ltr">
            {item.name}
          </span>
        </button>
        {scene.zones.map(({ zone, at }, index) => (
          <button
            key={zone}
            ref={(element) => {
              if (element) zoneRefs.current.set(zone, element);
              else zoneRefs.current.delete(zone);
            }}
            type="button"
            className={`glisser-zone${pose?.over === zone ? ' is-over' : ''}${holding ? ' is-ready' : ''}`}
            data-zone={zone}
            disabled={!holding}
            style={placed(at, zoneSize, zoneSize)}
            onClick={() => dropWithKeyboard(zone)}
            onKeyDown={onZoneKeyDown(index)}
          >
            <Picture of={zone} size={Math.round(scene.zoneSize * 0.45)} />
            <span className="glisser-name" lang="fr" dir="ltr">
              {ZONE_NAMES[zone]}
            </span>
            <span className="glisser-contents" aria-hidden="true">
              {contentsOf(zone, stage, context.placed).map((kind, at) => (
                <Picture key={at} of={kind} size="1.5rem" />
              ))}
            </span>
          </button>
        ))}
      </div>
      <p className="feedback" role="status">
        {feedback && <SayText text={feedback} />}
      </p>
    </div>
  );
}
