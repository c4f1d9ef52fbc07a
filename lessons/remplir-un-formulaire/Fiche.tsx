import { useRef, useState } from 'react';
import { createDoubleClickTracker, doubleClickWindow, tolerancesFor } from '../../src/kit/gestures';
import type { Learner } from '../../src/kit/lesson';
import { FICHE, FIELDS, LABELS, type FieldId } from './form';

interface FicheProps {
  title: string;
  /** The line to copy now (a frame and a mark), if the lesson still points at it. */
  pointTo: FieldId | undefined;
  learner: Learner;
  numberRef: (element: HTMLInputElement | null) => void | (() => void);
  onFocusChange: (focused: boolean) => void;
  /** The whole number is selected (said each time it is seen), or no longer is. */
  onSelected: (whole: boolean) => void;
  onCopied: (whole: boolean) => void;
}

const isWhole = (element: HTMLInputElement) => element.selectionStart === 0 && element.selectionEnd === element.value.length;

/** The « fiche d'exercice »: a fictional person's details, and the phone number to copy. */
export function Fiche({ title, pointTo, learner, numberRef, onFocusChange, onSelected, onCopied }: FicheProps) {
  const wasWhole = useRef(false);
  // The browser's own double-click uses the system's timing; a beginner's (and a shaky hand's) is
  // slower and less still, so the lesson recognises it too, with the kit's generous window.
  const stretch = tolerancesFor(learner).doubleClickStretch;
  const [doubleClicks] = useState(() => createDoubleClickTracker(() => doubleClickWindow(0, stretch)));
  const selectAllOnClick = useRef(false);

  const check = (element: HTMLInputElement) => {
    const whole = isWhole(element);
    if (!whole && !wasWhole.current) return;
    wasWhole.current = whole;
    onSelected(whole);
  };

  // An element, not a component declared here: a new component each render would lose the selection.
  const numberBox = (
    <input
      ref={numberRef}
      className="fiche-number"
      // Not readOnly: Chromium then moves no cursor with the arrows, and Maj + arrows is a route
      // taught here. The value is held by React, so typing in it changes nothing.
      value={FICHE.telephone}
      onChange={() => undefined}
      aria-readonly="true"
      autoComplete="off"
      spellCheck={false}
      aria-labelledby="fiche-titre fiche-telephone"
      // Not read on focus: a click first restores the last selection, then places the cursor;
      // mouseup, keyup and select tell the result.
      onFocus={() => onFocusChange(true)}
      onBlur={(event) => {
        onFocusChange(false);
        // A selection left behind (a Tab went through) must not count for the next click; but
        // not when the window itself loses focus: the browser's menu (« Copier ») needs it.
        if (!event.relatedTarget) return;
        event.currentTarget.setSelectionRange(0, 0);
        wasWhole.current = false;
      }}
      onSelect={(event) => check(event.currentTarget)}
      onKeyUp={(event) => check(event.currentTarget)}
      onMouseUp={(event) => check(event.currentTarget)}
      onPointerDown={(event) => {
        selectAllOnClick.current = doubleClicks.press({ x: event.clientX, y: event.clientY }, event.timeStamp).kind === 'double';
      }}
      onClick={(event) => {
        // After the press has placed the cursor, or that would undo the selection.
        if (!selectAllOnClick.current) return;
        event.currentTarget.select();
        check(event.currentTarget);
      }}
      onCopy={(event) => onCopied(isWhole(event.currentTarget))}
    />
  );

  return (
    <aside className="formulaire-fiche" aria-labelledby="fiche-titre">
      <h2 id="fiche-titre">{title}</h2>
      <dl lang="fr" dir="ltr">
        {FIELDS.map((field) => (
          <div key={field} className="fiche-line" data-current={pointTo === field || undefined}>
            <dt id={`fiche-${field}`}>{LABELS[field]}</dt>
            <dd>{field === 'telephone' ? numberBox : FICHE[field]}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
