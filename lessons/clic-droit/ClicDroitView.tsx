import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { tolerancesFor, type Point } from '../../src/kit/gestures';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import { ContextMenu } from './ContextMenu';
import { SERIES_LENGTH, SPREADS, TARGET_SIZES, type clicDroitMachine, type LastTry } from './machine';
import { usePressesOnPhoto } from './usePressesOnPhoto';
import './clic-droit.css';

type Props = LessonViewProps<typeof clicDroitMachine>;

/** Where the series sends the photo, round by round: a direction away from the middle of the frame. */
const DIRECTIONS = [[-1, -0.8], [1, 0.7], [0.9, -1]] as const;
/** Where the photo rests while the menu is being learnt: room on its right and below for the menu. */
const FIRST_PLACE = [28, 30] as const;

const FEEDBACK: Record<LastTry, string> = {
  miss: 'feedback.miss',
  grew: 'feedback.grew',
  leftButton: 'feedback.leftButton',
  wrongItem: 'feedback.wrongItem',
  copied: 'feedback.copied',
  otherWay: 'feedback.useEscape',
  chose: 'feedback.chose',
  hit: 'feedback.round',
  shrank: 'feedback.shrank',
};

export function ClicDroitView({ snapshot, send, t, learner }: Props) {
  const { context } = snapshot;
  const stage = (['open', 'copy', 'escape', 'outside', 'series'] as const).find((name) => snapshot.matches(name));
  const areaRef = useRef<HTMLDivElement>(null);
  const photoRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [menuAt, setMenuAt] = useState<Point | null>(null);
  const [menuTakesFocus, setMenuTakesFocus] = useState(false);

  // Échap closes the menu wherever the focus is (but leaves a dialog of the runner alone).
  useEffect(() => {
    if (!context.menuOpen) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || (event.target as Element | null)?.closest?.('dialog')) return;
      send({ type: 'user.close', by: 'escape', touch: false });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [context.menuOpen, send]);

  // A closed menu gives the focus back to the photo, as Windows gives it back to the file.
  const wasOpen = useRef(context.menuOpen);
  useEffect(() => {
    const active = document.activeElement;
    if (wasOpen.current && !context.menuOpen && (!active || active === document.body)) photoRef.current?.focus();
    wasOpen.current = context.menuOpen;
  }, [context.menuOpen]);

  const openMenu = (at: Point | null) => {
    const area = areaRef.current!.getBoundingClientRect();
    setMenuAt(at && { x: at.x - area.left, y: at.y - area.top });
    setMenuTakesFocus(true);
    send({ type: 'user.rightClick' });
  };

  const presses = usePressesOnPhoto({
    photo: photoRef,
    menu: menuRef,
    menuOpen: context.menuOpen,
    tolerances: tolerancesFor(learner),
    onRightClick: openMenu,
    onLeftClick: () => send({ type: 'user.leftClick' }),
    onMissedRightClick: () => send({ type: 'user.miss' }),
    onPressOutsideMenu: (touch) => send({ type: 'user.close', by: 'outside', touch }),
  });

  const onPhotoKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      openMenu(null);
    }
  };

  const size = stage === 'series' ? TARGET_SIZES[context.level] : TARGET_SIZES[0];
  const [dx, dy] = DIRECTIONS[context.seriesHits % DIRECTIONS.length];
  const spread = SPREADS[context.level];
  const [inline, block] = stage === 'series' ? [50 + dx * spread, 50 + dy * spread] : FIRST_PLACE;
  // At the pointer; from the keyboard (or after « Passer »), beside the photo. Always inside the frame.
  const [menuInline, menuBlock] = menuAt
    ? [`${menuAt.x}px`, `${menuAt.y}px`]
    : [`calc(${inline}% + ${size * 0.4}px)`, `calc(${block}% + ${size * 0.2}px)`];

  const feedback = context.lastTry && (stage === 'outside' && context.lastTry === 'otherWay' ? 'feedback.useOutside' : FEEDBACK[context.lastTry]);
  return (
    <div className="clic-droit">
      <div
        ref={areaRef}
        className="practice-area"
        role="group"
        aria-label={t('area.label')}
        dir="ltr"
        {...presses}
        // Our own menu replaces the browser's, but only inside the practice area.
        onContextMenu={(event) => event.preventDefault()}
      >
        <div
          className="photo"
          data-level={stage === 'series' ? context.level : undefined}
          style={{
            inlineSize: size,
            insetInlineStart: `clamp(2rem, calc(${inline}% - ${size / 2}px), calc(100% - ${size}px - 2rem))`,
            insetBlockStart: `clamp(0.5rem, calc(${block}% - ${size / 2}px), calc(100% - ${size}px - 2.5rem))`,
          }}
        >
          <button
            ref={photoRef}
            type="button"
            className="photo-button"
            style={{ inlineSize: size, blockSize: size }}
            aria-label={t('photo.label')}
            aria-haspopup="menu"
            aria-expanded={context.menuOpen}
            onKeyDown={onPhotoKeyDown}
          >
            <PhotoPicture />
          </button>
          <span className="photo-name" lang="fr">
            vacances.jpg
          </span>
        </div>
        {context.menuOpen && (
          <ContextMenu
            menuRef={menuRef}
            label={t('menu.label')}
            takeFocus={menuTakesFocus}
            place={{
              insetInlineStart: `clamp(0px, ${menuInline}, calc(100% - var(--menu-inline-size)))`,
              insetBlockStart: `clamp(0px, ${menuBlock}, calc(100% - var(--menu-block-size)))`,
            }}
            onChoose={(item) => send({ type: 'user.choose', item })}
            onLeave={() => send({ type: 'user.close', by: 'outside', touch: false })}
          />
        )}
      </div>
      <p className="feedback" role="status">
        {feedback && (
          <SayText
            text={t(feedback, {
              count: SERIES_LENGTH - context.seriesHits,
              context: learner.touchOnly ? 'touch' : undefined,
            })}
          />
        )}
      </p>
    </div>
  );
}

/** A holiday snapshot: sky, sun, hills. Drawn, so that nothing is fetched. */
function PhotoPicture() {
  return (
    <svg viewBox="0 0 64 48" aria-hidden="true" focusable="false">
      <rect className="sky" x="0" y="0" width="64" height="48" rx="3" />
      <circle className="sun" cx="46" cy="14" r="7" />
      <path className="hill-far" d="M0 36 L18 18 L34 34 L44 26 L64 40 V48 H0 Z" />
      <path className="hill-near" d="M0 42 Q20 30 40 42 T64 44 V48 H0 Z" />
    </svg>
  );
}
