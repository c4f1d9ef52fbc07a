import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { createDoubleClickTracker, doubleClickWindow, dropZoneAt, tolerancesFor, type Point } from '../../src/kit/gestures';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import { FileWindow } from './FileWindow';
import { FileIcon } from './icons';
import { STAGES, type sourisEnPratiqueMachine } from './machine';
import './souris-en-pratique.css';

/** Two taps of a finger land farther apart than two clicks of a mouse (a fingertip is ~1 cm). */
const FINGER_PX = 48;

type Props = LessonViewProps<typeof sourisEnPratiqueMachine>;
type Zone = 'photos' | 'documents' | 'window';

export function SourisEnPratiqueView({ snapshot, send, t, learner }: Props) {
  const stage = STAGES.find((name) => snapshot.matches(name)) ?? 'close';
  const { level, feedback } = snapshot.context;
  const tolerances = tolerancesFor(learner);
  const touch = learner.touchOnly ? 'touch' : undefined;
  const [selected, setSelected] = useState(false);
  const [carried, setCarried] = useState(false);
  const [over, setOver] = useState<Zone | null>(null);
  const carrying = carried && stage === 'drag';
  const places = { photos: useRef<HTMLButtonElement>(null), documents: useRef<HTMLButtonElement>(null), window: useRef<HTMLElement>(null) };

  // The double-click window of the learner's level, stretched for shaky hands (and fingers).
  const windowFor = useRef({ level, stretch: tolerances.doubleClickStretch, finger: false });
  Object.assign(windowFor.current, { level, stretch: tolerances.doubleClickStretch });
  const [tracker] = useState(() =>
    createDoubleClickTracker(() => {
      const { ms, px } = doubleClickWindow(windowFor.current.level, windowFor.current.stretch);
      return { ms, px: windowFor.current.finger ? Math.max(px, FINGER_PX) : px };
    }),
  );

  const onFolderPress = (event: PointerEvent<HTMLButtonElement>) => {
    if (stage !== 'open' || event.button !== 0) return;
    windowFor.current.finger = event.pointerType === 'touch';
    setSelected(true);
    const verdict = tracker.press({ x: event.clientX, y: event.clientY }, event.timeStamp);
    if (verdict.kind === 'double') send({ type: 'user.doubleClick', via: 'pointer' });
    else if (verdict.kind === 'tooSlow') send({ type: 'user.tooSlow', by: verdict.by });
    else if (verdict.kind === 'tooFar') send({ type: 'user.tooFar' });
  };

  // Entrée opens the focused folder, as on a real computer.
  const onFolderKey = (event: KeyboardEvent) => {
    if (stage !== 'open' || event.key !== 'Enter') return;
    event.preventDefault();
    send({ type: 'user.doubleClick', via: 'keyboard' });
  };

  const zoneAt = (point: Point) => {
    const zones = (['photos', 'documents', 'window'] as const).flatMap((id) => {
      const element = places[id].current;
      return element ? [{ id, rect: element.getBoundingClientRect() }] : [];
    });
    return dropZoneAt(point, zones, tolerances.dropMargin);
  };

  const drop = (zone: Zone | null) => {
    setCarried(false);
    setOver(null);
    // Anywhere but the Photos folder, the photo goes back to its place in the list.
    send({ type: 'user.drop', on: zone === 'photos' ? 'photos' : 'elsewhere' });
  };

  const onDesktopPointerDown = (event: PointerEvent) => {
    const target = event.target as Element;
    if (!places.documents.current?.contains(target)) tracker.cancel();
    if (stage === 'copy' && !target.closest('[role="menu"]')) send({ type: 'user.menuClose' });
  };

  const message = carrying ? t('carry.picked', { context: touch }) : feedback ? t(`feedback.${feedback}`, { context: touch }) : '';
  const photoFiled = STAGES.indexOf(stage) > STAGES.indexOf('drag');

  return (
    <div className="souris-en-pratique">
      <p className="desktop-caption">{t('desktop.caption')}</p>
      <div
        className="desktop"
        lang="fr"
        dir="ltr"
        onPointerDownCapture={onDesktopPointerDown}
        onContextMenu={(event) => event.preventDefault()}
        onKeyDown={(event) => event.key === 'Escape' && carrying && setCarried(false)}
      >
        <ul className="desktop-icons">
          <li>
            <button
              ref={places.documents}
              type="button"
              className={`desktop-icon${selected || stage !== 'open' ? ' is-selected' : ''}`}
              onPointerDown={onFolderPress}
              onKeyDown={onFolderKey}
              onClick={carrying ? () => drop('documents') : undefined}
            >
              <FileIcon kind="folder" className="desktop-icon-picture" />
              Documents
            </button>
          </li>
          <li>
            <button
              ref={places.photos}
              type="button"
              className={`desktop-icon${over === 'photos' ? ' is-over' : ''}${carrying ? ' is-drop-target' : ''}`}
              onClick={carrying ? () => drop('photos') : undefined}
            >
              <FileIcon kind="folder" className="desktop-icon-picture" />
              {photoFiled && <FileIcon kind="photo" className="filed-photo" />}
              Photos
            </button>
          </li>
        </ul>
        {stage === 'open' ? (
          <div className="desktop-empty" aria-hidden="true" />
        ) : (
          <FileWindow
            stage={stage}
            send={send}
            tolerances={tolerances}
            windowRef={places.window}
            photo={
              stage === 'drag'
                ? {
                    carrying,
                    dragStart: tolerances.dragStart,
                    onPickUp: () => setCarried((now) => !now),
                    onMove: (point) => setOver(zoneAt(point)),
                    onDrop: (point) => drop(zoneAt(point)),
                  }
                : null
            }
          />
        )}
      </div>
      <p className="feedback" role="status">
        <SayText text={message} />
      </p>
    </div>
  );
}
