import { useEffect, useRef, useState, type PointerEvent, type UIEvent } from 'react';
import { tolerancesFor } from '../../src/kit/gestures';
import type { LessonViewProps } from '../../src/kit/lesson';
import { SayText } from '../../src/kit/SayText';
import { TARGET_DEPTHS, type Means, type Position, type faireDefilerMachine } from './machine';
import { PAGE_END, PAGE_ENTRIES, PAGE_SUBTITLE, PAGE_TITLE } from './page';
import './faire-defiler.css';

type Props = LessonViewProps<typeof faireDefilerMachine>;

const STAGES = ['wheel', 'find', 'up', 'findAgain', 'barUp', 'barDown'] as const;
/** The page counts as at its top or bottom this many release margins away (px): a shaky hand may let go of the bar a little early. */
const EDGE_PER_RELEASE_MARGIN = 3;
/** A scroll this soon after the wheel or a key (ms) was theirs; later, with nothing else touched, it was the bar. */
const RECENT_MS = 1000;

/** Where the page is, from its scroll offset, with the learner's tolerance at both ends. */
function positionOf(box: HTMLElement, edge: number): Position {
  const max = box.scrollHeight - box.clientHeight;
  if (box.scrollTop <= edge) return 'top';
  return box.scrollTop >= max - edge ? 'bottom' : 'middle';
}

export function FaireDefilerView({ snapshot, send, t, learner }: Props) {
  const { context } = snapshot;
  const stage = STAGES.find((name) => snapshot.matches(name));
  const searching = stage === 'find' || stage === 'findAgain';
  const onBarStep = stage === 'barUp' || stage === 'barDown';
  const edge = tolerancesFor(learner).releaseMargin * EDGE_PER_RELEASE_MARGIN;
  const boxRef = useRef<HTMLDivElement>(null);
  const lastInput = useRef<{ by: Means; time: number } | null>(null);
  // Where the page was last told to be (null: tell the next scroll, wherever it is).
  const lastPosition = useRef<Position | null>('top');
  // Where the last « Bravo » was found: a mark stays there, so the page does not jump when the button goes.
  const [foundAt, setFoundAt] = useState<number | null>(null);
  const depth = searching ? TARGET_DEPTHS[context.level] : foundAt;

  // Each step starts away from its goal (after a skip, the page may already be there), and is told afresh.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    if (searching) setFoundAt(null);
    lastPosition.current = null;
    const position = positionOf(box, edge);
    if ((stage === 'up' || stage === 'barUp') && position === 'top') box.scrollTop = (box.scrollHeight - box.clientHeight) / 2;
    if (stage === 'barDown' && position === 'bottom') box.scrollTop = 0;
  }, [stage]);

  const note = (by: Means, time: number) => {
    lastInput.current = { by, time };
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    if (event.pointerType === 'touch') return note('finger', event.timeStamp);
    // The middle button's autoscroll belongs with the wheel.
    if (event.button === 1) return note('wheel', event.timeStamp);
    // The bar sits beyond the content, on the right: the page is left to right in every language.
    if (event.clientX >= box.getBoundingClientRect().left + box.clientLeft + box.clientWidth) note('bar', event.timeStamp);
  };
  // Told only when the page gets somewhere new, with what took it there: wiggling the bar while
  // at the top is not bringing the page up with it.
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const position = positionOf(event.currentTarget, edge);
    if (position === lastPosition.current) return;
    lastPosition.current = position;
    const last = lastInput.current;
    const recent = last && (last.by === 'finger' || last.by === 'bar' || event.timeStamp - last.time < RECENT_MS);
    send({ type: 'user.scroll', position, by: recent ? last.by : 'bar' });
  };
  const onFound = () => {
    setFoundAt(TARGET_DEPTHS[context.level]);
    // The button goes: keep the focus in the page, where the arrow keys still scroll it.
    boxRef.current?.focus({ preventScroll: true });
    send({ type: 'user.found' });
  };

  const slot =
    stage === 'wheel' ? null : searching ? (
      <li key="bravo" className="bravo-slot">
        <button type="button" className="bravo-button" onClick={onFound}>
          <Star /> Bravo
        </button>
      </li>
    ) : (
      <li key="bravo" className="bravo-slot">
        <span className="bravo-found">
          <Star /> Bravo
        </span>
      </li>
    );

  return (
    <div className="faire-defiler">
      {/* The practice page is French, so it stays left to right, its bar on the right, in every language. */}
      <div className={`page-frame${learner.shakyHands ? ' shaky' : ''}${onBarStep ? ' bar-step' : ''}`} dir="ltr">
        {onBarStep && (
          <p className="bar-callout">
            <span dir="auto">{t('bar.callout')}</span>
            <ArrowDown />
          </p>
        )}
        <div
          ref={boxRef}
          className="page-box"
          role="region"
          aria-label={t('page.label')}
          tabIndex={0}
          onScroll={onScroll}
          onWheel={(event) => note('wheel', event.timeStamp)}
          onKeyDown={(event) => note('keys', event.timeStamp)}
          onPointerDown={onPointerDown}
        >
          <div className="page" lang="fr">
            <p className="page-title">{PAGE_TITLE}</p>
            <p className="page-subtitle">{PAGE_SUBTITLE}</p>
            <ul className="page-entries">
              {PAGE_ENTRIES.flatMap((entry, index) => [
                ...(index === depth && slot ? [slot] : []),
                <li key={entry.title}>
                  <strong>{entry.title}</strong> <span>{entry.detail}</span>
                </li>,
              ])}
            </ul>
            <p className="page-end">{PAGE_END}</p>
          </div>
        </div>
      </div>
      <p className="feedback" role="status">
        {context.lastTry && <SayText text={t(feedbackKey(context.lastTry, stage))} />}
      </p>
    </div>
  );
}

/** The wheel left the page at the goal of a bar step: the advice says which way to take the bar first. */
function feedbackKey(lastTry: string, stage: string | undefined) {
  if (lastTry !== 'wheel') return `feedback.${lastTry}`;
  return stage === 'barDown' ? 'feedback.wheelAtBottom' : 'feedback.wheelAtTop';
}

function Star() {
  return (
    <svg className="star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2.5l2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17l-5.9 3.3 1.3-6.5-4.9-4.5 6.6-.8z" />
    </svg>
  );
}

function ArrowDown() {
  return (
    <svg className="arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 3v16M5 13l7 7 7-7" />
    </svg>
  );
}
